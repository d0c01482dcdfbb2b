import Foundation
import Logging
import PostgresNIO

/// Waking idle workers: `LISTEN` for posts, with polling as the fallback.
extension JobBoard {
    /// Wake-ups for a worker waiting for runs on `queues`: each element says that a run may be
    /// claimable now, so the worker should try to claim.
    ///
    /// The sequence yields
    /// - when a run is posted, retried, abandoned or rescued on one of `queues` (a `NOTIFY` on
    ///   the schema's channel, received on a connection of the pool kept for the purpose);
    /// - every `pollInterval`, which also finds runs whose `run_at` came (delayed posts,
    ///   backoffs) and covers notifications that were lost;
    /// - right after the listening connection is (re)established, since notifications sent
    ///   while it was down are lost.
    ///
    /// When the listening connection fails, it is opened again after a delay that grows from
    /// 100 ms to 5 s. Wake-ups that come while the worker is busy are merged into one. The
    /// connection and the timer stop when the sequence's consumer stops iterating.
    /// - Parameters:
    ///   - queues: The queues the worker claims from.
    ///   - pollInterval: How often to wake up without a notification.
    /// - Returns: The wake-ups.
    public func wakeUps(queues: [String], pollInterval: Duration = .seconds(2)) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let database = self.database
        let wanted = Set(queues)
        let task = Task {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    while (try? await Task.sleep(for: pollInterval)) != nil {
                        continuation.yield()
                    }
                }
                group.addTask {
                    await Self.listen(for: wanted, in: database) { continuation.yield() }
                }
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// Listens on the schema's channel until cancelled, calling `wake` after each (re)connect
    /// and for each notification naming one of `queues`; reconnects after failures.
    private static func listen(
        for queues: Set<String>, in database: TaskFlowDatabase, wake: @escaping @Sendable () -> Void
    ) async {
        var delay = ReconnectDelay()
        let channel = database.schema.channel
        while !Task.isCancelled {
            do {
                try await database.client.withConnection { connection in
                    try await connection.listen(on: channel) { notifications in
                        delay.reset()
                        wake()
                        for try await notification in notifications where queues.contains(notification.payload) {
                            wake()
                        }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                database.logger.warning(
                    "listening for posted runs failed; listening again",
                    metadata: ["channel": "\(channel)", "error": "\(DatabaseError.wrapping(error, while: "listening"))"])
            }
            guard (try? await Task.sleep(for: delay.next())) != nil else { return }
        }
    }
}

/// How long to wait before opening a failed listening connection again: 100 ms, doubling up to
/// 5 s, back to 100 ms once a connection listens.
struct ReconnectDelay {
    static let first = Duration.milliseconds(100)
    static let longest = Duration.seconds(5)

    private var upcoming = first

    /// The delay to wait now; the next one is longer.
    mutating func next() -> Duration {
        defer { upcoming = min(upcoming * 2, Self.longest) }
        return upcoming
    }

    /// Starts again from the shortest delay.
    mutating func reset() {
        upcoming = Self.first
    }
}
