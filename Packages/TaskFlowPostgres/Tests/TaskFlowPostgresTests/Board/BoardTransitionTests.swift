@testable import TaskFlowPostgres
import Testing

/// The board's decisions and the listener's reconnect delays, without a database.
@Suite struct BoardTransitionTests {
    @Test func anUnfinishedAttemptRetriesUntilTheAttemptsAreUsedUpUnlessCancelled() {
        #expect(BoardTransition.afterUnfinishedAttempt(attempt: 1, maxAttempts: 3, cancelRequested: false) == .available)
        #expect(BoardTransition.afterUnfinishedAttempt(attempt: 3, maxAttempts: 3, cancelRequested: false) == .discarded)
        #expect(BoardTransition.afterUnfinishedAttempt(attempt: 1, maxAttempts: 3, cancelRequested: true) == .cancelled)
        #expect(BoardTransition.afterUnfinishedAttempt(attempt: 3, maxAttempts: 3, cancelRequested: true) == .cancelled)
    }

    @Test func cancellingDependsOnWhereTheRunIs() {
        #expect(BoardTransition.cancelling(.available) == .cancelled)
        #expect(BoardTransition.cancelling(.running) == .requested)
        for finished in [BoardState.done, .discarded, .cancelled] {
            #expect(BoardTransition.cancelling(finished) == .alreadyFinished)
            #expect(finished.isFinished)
        }
    }

    @Test func onlyDiscardedAndCancelledRunsAreRetried() {
        let retried = BoardState.allCases.filter(BoardTransition.canRetry)
        #expect(retried == [.discarded, .cancelled])
    }

    @Test func reconnectDelaysDoubleUpToFiveSecondsAndStartOverAfterAConnection() {
        var delay = ReconnectDelay()
        var delays: [Duration] = []
        for _ in 0..<8 { delays.append(delay.next()) }
        #expect(delays == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800),
                           .milliseconds(1600), .milliseconds(3200), .seconds(5), .seconds(5)])
        delay.reset()
        #expect(delay.next() == .milliseconds(100))
    }
}
