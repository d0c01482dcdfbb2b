import Testing
@testable import TaskFlowGenerator

@Suite struct DurableFlowTests {
    static let durableSource = """
        struct Reservation: Sendable, Codable { var id: Int }

        /// - Task: reserve
        ///   - provides: reservation
        ///   - revert: release
        func reserve(size: Int) async throws -> Reservation { Reservation(id: size) }
        func release(result: Reservation) async {}

        /// - Task: commit
        ///   - provides: committed
        func commit(reservation: Reservation) -> Bool { true }

        /// - Flow: quota
        ///   - tasks: reserve, commit
        ///   - durable: true
        enum Quota {}
        """

    @Test func aDurableFlowWithCodableSymbolsChecksCleanAndIsMarkedDurable() throws {
        let result = checkSource(Self.durableSource)
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.module.flows.first).flow.isDurable)
    }

    @Test func aDurableFlowGetsACodableStateARunIDAndResume() {
        let text = emitSwift(checkSource(Self.durableSource).module)
        for expected in [
            "nonisolated struct State: Sendable, Codable {",
            "    engine: Engine = Engine(),\n        runID: RunID = RunID()\n    ) async throws -> Outputs {",
            "let final = try await engine.run(sharedFlow, state: state, runID: runID)",
            "static func resume(\n        runID: RunID,\n        engine: Engine\n    ) async throws -> Outputs {",
            "let final = try await engine.resume(sharedFlow, runID: runID)",
            "static let sharedFlow = makeFlow()",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
    }

    @Test func aFlowThatIsNotDurableKeepsItsPlainState() {
        let text = emitSwift(checkSource(Self.durableSource.replacingOccurrences(of: "durable: true", with: "durable: false")).module)
        #expect(text.contains("    struct State: Sendable {"))
        #expect(!text.contains("nonisolated struct"))
        #expect(!text.contains("resume"))
        #expect(!text.contains("runID"))
    }

    @Test(arguments: [
        ("struct Reservation: Sendable { var id: Int }", "Reservation"),
        ("class Reservation { var id = 0 }", "Reservation"),
        ("actor Reservation: Codable { var id = 0 }", "Reservation"),
        ("struct Reservation: Encodable { var id: Int }", "Reservation"),
    ])
    func aSymbolWhoseTypeTheModuleDeclaresWithoutCodableIsReportedAtItsProvider(_ declaration: String, _ culprit: String) {
        let source = Self.durableSource.replacingOccurrences(
            of: "struct Reservation: Sendable, Codable { var id: Int }", with: declaration)
        #expect(diagnosticLines(source) == [
            "4:19: flow 'quota' is durable, so its state must be Codable, but 'reservation' has type 'Reservation'"
                + " and '\(culprit)' is not Codable; declare '\(culprit): Codable'",
        ])
    }

    @Test(arguments: [
        "struct Reservation: Sendable { var id: Int }\nextension Reservation: Codable {}",
        "struct Reservation: Encodable, Swift.Decodable { var id: Int }",
        "struct Reservation<T>: Codable where T: Sendable { var id: Int }",
        "typealias Reservation = ExternalReservation",
    ])
    func codableStatedAnywhereOrATypeTheGeneratorCannotSeeIsAccepted(_ declaration: String) {
        let source = Self.durableSource.replacingOccurrences(
            of: "struct Reservation: Sendable, Codable { var id: Int }", with: declaration)
        #expect(!diagnosticLines(source).contains { $0.contains("Codable") })
    }

    @Test func durableTakesOnlyTrueOrFalse() {
        let source = Self.durableSource.replacingOccurrences(of: "durable: true", with: "durable: yes")
        #expect(diagnosticLines(source) == ["15:18: 'durable' is 'true' or 'false', not 'yes'"])
    }
}
