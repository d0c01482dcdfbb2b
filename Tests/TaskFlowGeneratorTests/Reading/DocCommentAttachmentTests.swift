import Testing
@testable import TaskFlowGenerator

@Suite struct DocCommentAttachmentTests {
    @Test(arguments: [
        "/// Doc.\nfunc f() {}",
        "/// Doc.\n@MainActor\npublic static func f() {}",
        "/// Doc.\n// A plain comment.\nfunc f() {}",
        "/// Doc.\n\nfunc f() {}",
        "/// Doc.\n@available(*, deprecated, message: \"use g\")\n/* plain */ nonisolated func f() {}",
        "/** Doc. */\nfunc f() {}",
    ])
    func attachesToTheNextDeclarationAcrossAttributesModifiersAndPlainComments(source: String) throws {
        let function = try #require(read(source).functions.first)
        let comment = try #require(function.docComment)
        #expect(comment.lines.map(\.text) == [" Doc."] || comment.lines.map(\.text) == [" Doc. "])
    }

    @Test(arguments: [
        "/// Doc.\nlet x = 1\nfunc f() {}",
        "/// Doc.\nprint(1)\nfunc f() {}",
        "/// Doc.\n#if DEBUG\nfunc f() {}\n#endif",
        "func g() {\n  /// Doc.\n}\nfunc f() {}",
    ])
    func doesNotSurviveAnInterveningDeclarationStatementOrDirective(source: String) throws {
        let function = try #require(read(source).functions.last)
        #expect(function.name == "f")
        #expect(function.docComment == nil)
    }

    @Test func keepsLineTextAndLocationsOfSlashSlashSlashLines() throws {
        let function = try #require(read("  /// Reserves quota.\n  ///\n  /// - Task: reserve_quota\n  ///   - requires: size\n  func f() {}").functions.first)
        let comment = try #require(function.docComment)
        #expect(comment.location == SourceLocation(file: "t.swift", line: 1, column: 3))
        #expect(comment.lines.map(\.text) == [" Reserves quota.", "", " - Task: reserve_quota", "   - requires: size"])
        #expect(comment.lines.map(\.location.line) == [1, 2, 3, 4])
        #expect(comment.lines.map(\.location.column) == [6, 6, 6, 6])
    }

    @Test func stripsTheGutterOfBlockDocComments() throws {
        let source = """
            /**
             * Reserves quota.
             *
             * - Task: reserve_quota
             *   - requires: size
             */
            func f() {}
            /** One line. */
            func g() {}
            /**
              No gutter.
              - Task: x
            */
            func h() {}
            """
        let functions = read(source).functions
        #expect(functions[0].docComment?.lines.map(\.text) == [" Reserves quota.", "", " - Task: reserve_quota", "   - requires: size"])
        #expect(functions[0].docComment?.lines.map(\.location.column) == [3, 3, 3, 3])
        #expect(functions[0].docComment?.lines.first?.location.line == 2)
        #expect(functions[1].docComment?.lines.map(\.text) == [" One line. "])
        #expect(functions[1].docComment?.lines.first?.location.column == 4)
        #expect(functions[2].docComment?.lines.map(\.text) == ["  No gutter.", "  - Task: x"])
    }

    @Test func joinsEveryDocCommentBeforeTheDeclaration() throws {
        let function = try #require(read("/// A\n// plain\n/** B */\n/// C\nfunc f() {}").functions.first)
        #expect(function.docComment?.lines.map(\.text) == [" A", " B ", " C"])
    }

    @Test func attachesToTypesAndRecordsOtherDocumentedDeclarations() throws {
        let file = read("""
            /// The flow.
            enum Flow {
                /// A case.
                case a
                /// A property.
                static var x: Int { 1 }
                /// An initializer.
                init() {}
                /// A subscript.
                subscript(i: Int) -> Int { i }
                /// An alias.
                typealias T = Int
                var undocumented = 1
            }
            """)
        #expect(file.types.first?.docComment?.lines.map(\.text) == [" The flow."])
        #expect(file.others.map(\.keyword) == ["case", "var", "init", "subscript", "typealias"])
        #expect(file.others.map(\.location.line) == [4, 6, 8, 10, 12])
        #expect(file.others.map(\.location.column) == [5, 12, 5, 5, 5])
    }

    @Test func ignoresSlashSlashSlashInsideStringsAndPlainComments() throws {
        let file = read("""
            let s = "/// - Task: hidden"
            let t = \"\"\"
              /// - Task: hidden
              \"\"\"
            // /// - Task: hidden
            /* /// - Task: hidden */
            func f() {}
            """)
        let function = try #require(file.functions.first)
        #expect(function.docComment == nil)
    }
}
