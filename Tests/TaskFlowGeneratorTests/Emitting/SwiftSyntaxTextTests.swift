import Testing
@testable import TaskFlowGenerator

@Suite struct SwiftSyntaxTextTests {
    @Test(arguments: [
        ("Int", "Int?"), ("Int?", "Int?"), ("Int!", "Int?"), ("Optional<Int>", "Optional<Int>"),
        ("[Int]", "[Int]?"), ("[String:Int]", "[String:Int]?"), ("()->Int", "(()->Int)?"),
        ("()->Int?", "(()->Int?)?"), ("(()->Int)?", "(()->Int)?"), ("any P", "(any P)?"),
        ("A&B", "(A&B)?"), ("Optional<Int>.Wrapped", "Optional<Int>.Wrapped?"), ("(Int,String)", "(Int,String)?"),
    ])
    func optionalTypesAreWrappedOnceAndParenthesisedWhereNeeded(type: String, optional: String) {
        #expect(SwiftSyntaxText.optional(type) == optional)
    }

    @Test(arguments: [("class", "`class`"), ("size", "size"), ("Type", "`Type`"), ("`in`", "`in`"), ("async", "async")])
    func reservedWordsAreBackticked(name: String, identifier: String) {
        #expect(SwiftSyntaxText.identifier(name) == identifier)
    }

    @Test func stringLiteralsEscapeQuotesBackslashesAndControls() {
        #expect(SwiftSyntaxText.stringLiteral("a\"b\\c\nd\u{1}") == #""a\"b\\c\nd\u{1}""#)
    }

    @Test(arguments: [
        ("Sources/Volumes/API.swift", "Sources/Volumes/API.swift"),
        ("/home/me/pkg/Sources/Volumes/API.swift", "Sources/Volumes/API.swift"),
        ("/home/me/Sources/pkg/Sources/Volumes/API.swift", "Sources/Volumes/API.swift"),
        ("/tmp/checkout/Tests/AppTests/Flows.swift", "Tests/AppTests/Flows.swift"),
        ("/tmp/elsewhere/Flows.swift", "Flows.swift"),
    ])
    func recordedPathsAreRelative(given: String, recorded: String) {
        #expect(recordedSourcePath(given) == recorded)
    }
}
