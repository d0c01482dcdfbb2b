import Testing
@testable import TaskFlowGenerator

@Suite struct TypeNormalisationTests {
    @Test(arguments: [
        ("[Int]", "Array<Int>"),
        ("Int?", "Optional<Int>"),
        ("Int!", "Int?"),
        ("[String:[Int]]", "Dictionary<String,Array<Int>>"),
        ("[String: Int?]", "Dictionary<String, Optional<Int>>"),
        ("Swift.Int", "Int"),
        ("Void", "()"),
        ("(Int)", "Int"),
        ("[[Reservation]]?", "Optional<Array<Array<Reservation>>>"),
        ("(id:Int,name:String)", "(id: Int, name: String)"),
        ("()async throws->[Int]", "() async throws -> Array<Int>"),
    ])
    func treatsSpellingsOfOneTypeAsTheSame(a: String, b: String) {
        #expect(parseType(a).tree == parseType(b).tree)
    }

    @Test(arguments: [("[Int]", "[Int?]"), ("(a:Int,b:Int)", "(b:Int,a:Int)"), ("Set<Int>", "[Int]")])
    func tellsDifferentTypesApart(a: String, b: String) {
        #expect(parseType(a).tree != parseType(b).tree)
    }

    @Test(arguments: ["", "[Int", "Array<", "((", "a b c", String(repeating: "[", count: 5_000)])
    func readsUnreadableTextAsOpaqueWithoutCrashing(text: String) {
        if case .opaque = parseType(text).tree {} else { Issue.record("expected opaque for \(text)") }
    }
}

@Suite struct TypeMatchingTests {
    private var types: ModuleTypes {
        var module = TestModule()
        module.type(nil, ["Volume"], kind: "struct")
        module.type(nil, ["Cinder"], kind: "enum")
        module.type(nil, ["Cinder", "Volume"], kind: "struct")
        module.type(nil, ["Cinder", "Database"], kind: "struct")
        module.type(nil, ["Animal"], kind: "class")
        module.type(nil, ["Named"], kind: "protocol")
        return ModuleTypes(files: [module.file])
    }

    @Test(arguments: [
        ("Int", "Int", TypeMatch.compatible),
        ("Int", "Int?", .compatible),
        ("[Volume]", "Array<Volume>?", .compatible),
        ("Int?", "Int", .different),
        ("Int", "String", .different),
        ("Volume", "Cinder.Volume", .different),
        ("[Int]", "[String]", .different),
        ("(Int,Int)", "Int", .different),
        ("Size", "Int", .undecided),
        ("[Size]", "[Int]", .undecided),
        ("Volume", "Named", .undecided),
        ("Animal", "Volume", .undecided),
        ("Foundation.URL", "URL", .compatible),
    ])
    func comparesProviderAndConsumerTypes(provided: String, consumed: String, expected: TypeMatch) {
        #expect(types.match(provided: provided, consumed: consumed) == expected)
    }

    @Test(arguments: [
        ("Volume", ["Cinder", "Database"], "Cinder.Volume"),
        ("[Volume]?", ["Cinder", "Database"], "[Cinder.Volume]?"),
        ("[String:Volume]", ["Cinder"], "[String:Cinder.Volume]"),
        ("Volume", [String](), "Volume"),
        ("Database.Row", ["Cinder", "Database"], "Cinder.Database.Row"),
        ("Int", ["Cinder"], "Int"),
        ("Cinder.Volume", ["Cinder"], "Cinder.Volume"),
    ])
    func qualifiesNamesNestedInAnEnclosingType(text: String, scope: [String], expected: String) {
        #expect(types.qualify(text, in: scope) == expected)
    }

    @Test func searchesOnlyTheExtendedTypeInsideAnExtension() {
        #expect(types.qualify("Volume", in: ["Cinder", "Database"], lexicalDepth: 1) == "Volume")
    }

    @Test func qualifiesSymbolAndReturnTypesInCheckedFlows() throws {
        var module = TestModule()
        module.type(nil, ["Cinder"], kind: "enum")
        module.type(nil, ["Cinder", "Volume"], kind: "struct")
        module.task("load", provides: "volume", returns: "Volume", owner: ["Cinder"], isStatic: true)
        module.task("use", ["volume: Volume"], owner: ["Cinder"], isStatic: true)
        module.flow("F", "load, use")
        let result = module.check()
        #expect(result.diagnostics.isEmpty)
        let flow = try #require(result.flow("F"))
        #expect(flow.outputs == [SymbolInfo(name: "volume", type: "Cinder.Volume")])
        #expect(flow.tasks[0].returnType == "Cinder.Volume")
        #expect(flow.tasks[0].provides.map(\.type) == ["Cinder.Volume"])
        #expect(flow.owners.isEmpty)
    }

    @Test func reportsAProviderTypeDifferingFromTheConsumerAtTheConsumer() throws {
        var module = TestModule()
        module.task("a", provides: "size", returns: "String")
        module.task("b", ["size: Int"])
        module.flow("F", "a, b")
        let error = try module.check().onlyError()
        #expect(error.message == "'b' reads 'size' as 'Int' but 'a' provides it as 'String'")
        #expect(error.location.column == 19)
        #expect(error.notes.count == 2)
    }

    @Test func notesTypesOnlyTheCompilerCanCompare() throws {
        var module = TestModule()
        module.task("a", provides: "size", returns: "Size")
        module.task("b", ["size: Int"])
        module.flow("F", "a, b")
        let result = module.check()
        #expect(result.errors.isEmpty)
        #expect(result.diagnostics.map(\.severity) == [.note])
        #expect(result.diagnostics.first?.message.hasSuffix("so the generated code lets the compiler check it") == true)
        #expect(result.flow("F") != nil)
    }

    @Test func typesAnInputReadAsTAndTOptionalAsT() throws {
        var module = TestModule()
        module.task("a", ["size: Int?"])
        module.task("b", ["size: Int"])
        module.flow("F", "a, b")
        let result = module.check()
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.flow("F")).inputs == [SymbolInfo(name: "size", type: "Int")])
    }

    @Test func reportsConsumersDisagreeingOnAnInputsType() throws {
        var module = TestModule()
        module.task("a", ["size: Int"])
        module.task("b", ["size: String"])
        module.flow("F", "a, b")
        #expect(try module.check().onlyError().message == "'b' reads 'size' as 'String' but 'a' reads the input 'size' as 'Int'")
    }
}

@Suite struct StoredSymbolTypeTests {
    @Test(arguments: [
        ("@escaping @Sendable (Int)->Void", "@Sendable (Int)->Void"),
        ("@escaping(Int)->Void", "(Int)->Void"),
        ("[Int]", "[Int]"),
    ])
    func dropsEscapingFromSymbolTypes(written: String, stored: String) {
        #expect(withoutEscaping(written) == stored)
    }
}
