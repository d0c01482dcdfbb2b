import Testing
import TaskFlow

/// Runs the generated wiring of `payment` (a linear flow with a context).
@Suite struct LinearGoldenTests {
    @Test func aPaymentRunsEveryStepInOrderAndPassesItsValuesAlong() async throws {
        let log = Log()
        let outputs = try await Payment.run(Payment.Inputs(text: "12", account: "A"), context: log)
        #expect(outputs.amount == 12)
        #expect(outputs.reservation == "R-A-12")
        #expect(outputs.receipt == "receipt for R-A-12")
        #expect(log.all == ["parse 12", "reserve 12 on A", "charge 12"])
    }

    @Test func aFailedChargeIsRefundedThenTheReservationReleased() async throws {
        let log = Log()
        do {
            _ = try await Payment.run(Payment.Inputs(text: "5000", account: "A"), context: log)
            Issue.record("the charge should have failed")
        } catch let failure as FlowFailure {
            #expect(failure.failedTask == "charge")
            #expect(failure.cause as? InjectedFailure == InjectedFailure(task: "charge"))
        }
        #expect(log.all == [
            "parse 5000", "reserve 5000 on A", "charge 5000",
            "refund nothing after charge", "release R-A-5000",
        ])
    }

    @Test func metadataDescribesTheAnnotations() {
        #expect(Payment.metadata.name == "payment")
        #expect(Payment.metadata.inputs == ["text", "account"])
        #expect(Payment.metadata.tasks.map(\.name) == ["parse_amount", "reserve_funds", "charge"])
        #expect(Payment.metadata.tasks[2].version == TaskVersion(major: 2, minor: 1))
        #expect(Payment.metadata.tasks[2].requires == ["reservation", "amount"])
        #expect(Payment.metadata.tasks[1].revert == "releaseFunds(context:result:)")
        #expect(Payment.diagram.contains("t1 --> t2"))
    }
}
