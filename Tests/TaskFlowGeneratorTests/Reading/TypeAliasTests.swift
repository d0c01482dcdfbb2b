import Testing
@testable import TaskFlowGenerator

/// Type aliases can hide runtime types from generated code, so the reader records them — with
/// the types around them — except where they are local to a body.
@Suite struct TypeAliasTests {
    @Test func recordsTopLevelAndNestedAliasesButNotLocalOnes() {
        let file = read("""
            typealias RunID = String
            enum Garage {
                typealias Engine = Int
                struct Bay { typealias `Flow` = [Int] }
                func work() {
                    typealias Local = Int
                }
            }
            extension Garage.Bay {
                typealias FlowTask = Void
            }
            """)
        #expect(file.typeAliases.map(\.path) == [
            ["RunID"], ["Garage", "Engine"], ["Garage", "Bay", "Flow"], ["Garage", "Bay", "FlowTask"],
        ])
        #expect(file.typeAliases.first?.nameLocation == SourceLocation(file: "t.swift", line: 1, column: 11))
    }
}

extension TypeAliasTests {
    @Test func recordsTheTypeAnAliasStandsForUnlessItIsGeneric() {
        let file = read("""
            typealias Why = TaskFlow.RevertCause
            typealias Handler = @Sendable (Int) async throws -> [String: Int]
            typealias Pair<T> = (T, T)
            typealias Incomplete =
            """)
        #expect(file.typeAliases.map(\.aliasedType) == [
            "TaskFlow.RevertCause", "@Sendable (Int)async throws->[String:Int]", nil, nil,
        ])
    }
}
