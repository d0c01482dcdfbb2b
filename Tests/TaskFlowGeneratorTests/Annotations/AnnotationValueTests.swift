import Testing
@testable import TaskFlowGenerator

@Suite struct AnnotationValueParsingTests {
    private func value(_ text: String, column: Int = 10) -> AnnotatedText {
        AnnotatedText(text: text, location: SourceLocation(file: "a.swift", line: 3, column: column))
    }

    @Test func splitsListsWithElementColumns() {
        let (elements, diagnostics) = splitList(value("a,  b ,c,"), key: "provides")
        #expect(diagnostics.isEmpty)
        #expect(elements.map(\.text) == ["a", "b", "c"])
        #expect(elements.map(\.location.column) == [10, 14, 17])
    }

    @Test(arguments: [("a,,b", 12), (",a", 10), (",", 10)])
    func reportsEmptyElementsWhereTheyAreMissing(text: String, column: Int) throws {
        let (_, diagnostics) = splitList(value(text), key: "requires")
        let error = try #require(diagnostics.first)
        #expect(error.message == "'requires' has an empty element; remove the extra comma")
        #expect(error.location.column == column)
    }

    @Test func readsRebindings() throws {
        let binding = try parseRequirement(ListElement(text: "volume_type as type", location: value("").location)).get()
        #expect(binding.symbol == "volume_type")
        #expect(binding.parameter == "type")
        #expect(binding.parameterLocation.column == 25)
    }

    @Test(arguments: ["a as", "a b", "a as b c", "as as"])
    func rejectsMalformedRequirements(text: String) {
        let result = parseRequirement(ListElement(text: text, location: value("").location))
        #expect(throws: DiagnosticError.self) { try result.get() }
    }

    @Test(arguments: ["size", "volume_type", "_private", "größe", "x1"])
    func acceptsSwiftIdentifiers(name: String) {
        #expect(isSwiftIdentifier(name))
    }

    @Test(arguments: ["", "_", "1x", "a-b", "a.b", "`a`", "$0", "a b"])
    func rejectsWhatIsNoIdentifier(name: String) {
        #expect(!isSwiftIdentifier(name))
    }

    @Test(arguments: [("1.0", 1, 0), ("2.15", 2, 15), ("0.1", 0, 1)])
    func readsVersions(text: String, major: Int, minor: Int) throws {
        #expect(try parseVersion(value(text)).get() == Version(major: major, minor: minor))
    }

    @Test(arguments: ["1", "1.2.3", "v1.0", "1.", ".1", "-1.0", "1.0a", "99999999999999999999.0"])
    func rejectsMalformedVersions(text: String) throws {
        let result = parseVersion(value(text))
        #expect(throws: DiagnosticError.self) { try result.get() }
    }

    @Test func readsLinksWithEndLocations() throws {
        let entry = AnnotationEntry(key: "link", keyLocation: value("").location, value: value("a ->  b"))
        let link = try parseLink(entry).get()
        #expect(link.from.text == "a")
        #expect(link.to.text == "b")
        #expect(link.to.location.column == 16)
    }

    @Test(arguments: ["a", "a -> ", "a -> b -> c", "a => b", "-> b"])
    func rejectsMalformedLinks(text: String) {
        let entry = AnnotationEntry(key: "link", keyLocation: value("").location, value: value(text))
        #expect(throws: DiagnosticError.self) { try parseLink(entry).get() }
    }
}
