import Testing
import TaskFlowGenerator

/// Checked models built from Swift source through the real reader.
@Suite struct SourceModelTests {
    @Test func qualifiesNestedTypesAsSwiftLooksThemUp() throws {
        let result = checkSource("""
            import Foundation
            import TaskFlow

            enum Cinder {
                struct Volume: Sendable { var id: Int }
                struct Database: Sendable {
                    struct Row: Sendable {}

                    /// Loads a volume.
                    ///
                    /// - Task: load
                    ///   - provides: volume
                    ///   - revert: forget
                    func load(id: Int) async throws -> Volume { Volume(id: id) }

                    func forget(result: Volume?, failure: RevertCause) async {}
                }
            }

            extension Cinder.Database {
                /// - Task: row
                ///   - provides: row
                func row(volume: Cinder.Volume) -> Row { Row() }
            }

            /// - Flow: load_volume
            ///   - tasks: load, row
            enum LoadVolume {}
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let flow = try #require(result.module.flows.first)
        #expect(flow.outputs == [SymbolInfo(name: "volume", type: "Cinder.Volume"), SymbolInfo(name: "row", type: "Cinder.Database.Row")])
        #expect(flow.owners == [OwnerParameter(name: "database", type: "Cinder.Database")])
        #expect(flow.tasks[0].returnType == "Cinder.Volume")
        #expect(flow.tasks[0].revert?.arguments == [.result(label: "result", isOptional: true), .failure(label: "failure")])
        #expect(result.module.imports == ["import Foundation"])
    }

    @Test func readsABlockCommentAnnotation() throws {
        let result = checkSource("""
            /**
             Validates the size.

             - Task: validate
               - provides: size
             */
            func validate(raw: Int) -> Int { raw }

            /**
             - Flow: f
               - tasks: validate
             */
            enum F {}
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.module.flows.first?.inputs == [SymbolInfo(name: "raw", type: "Int")])
        #expect(result.scan.tasks.first?.name == "validate")
    }
}
