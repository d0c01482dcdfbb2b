import Foundation
import TaskFlow

extension FlowWorker {
    /// How a ``FlowWorker`` claims, holds and runs runs.
    public struct Configuration: Sendable {
        /// The queues this worker claims runs from.
        public var queues: [String]
        /// How this worker names itself on the board (`locked_by`); unique per process.
        public var name: String
        /// The most runs this worker holds at once.
        public var concurrency: Int
        /// How long a claim or a heartbeat keeps a run this worker's. A worker that dies holds
        /// its runs this long at most before another worker rescues them.
        public var leaseDuration: Duration
        /// How often a held run's lease is extended; a third of the lease unless given.
        public var heartbeatInterval: Duration
        /// How often the board is polled when no notification arrives (runs posted for later,
        /// retries after their backoff, notifications lost while disconnected).
        public var pollInterval: Duration
        /// How often expired leases are looked for; half the lease unless given.
        public var rescueInterval: Duration
        /// The delays before a run that a fault stopped is tried again.
        public var backoff: Backoff
        /// When the runs' journal writes must be durable.
        public var syncPolicy: JournalSyncPolicy
        /// The options of the engine that runs each run; its journal is replaced by the run's
        /// ``PostgresJournal``.
        public var engineOptions: Engine.Options

        /// A configuration; every value but the queues has a default.
        public init(
            queues: [String] = ["default"],
            name: String = FlowWorker.Configuration.defaultName,
            concurrency: Int = 4,
            leaseDuration: Duration = .seconds(30),
            heartbeatInterval: Duration? = nil,
            pollInterval: Duration = .seconds(1),
            rescueInterval: Duration? = nil,
            backoff: Backoff = .default,
            syncPolicy: JournalSyncPolicy = .everyCompletion,
            engineOptions: Engine.Options = Engine.Options()
        ) {
            precondition(!queues.isEmpty, "a worker claims from at least one queue")
            precondition(concurrency >= 1, "a worker holds at least one run")
            self.queues = queues
            self.name = name
            self.concurrency = concurrency
            self.leaseDuration = leaseDuration
            self.heartbeatInterval = heartbeatInterval ?? leaseDuration / 3
            self.pollInterval = pollInterval
            self.rescueInterval = rescueInterval ?? leaseDuration / 2
            self.backoff = backoff
            self.syncPolicy = syncPolicy
            self.engineOptions = engineOptions
        }

        /// `HOST:PID`, unique among the processes of one deployment.
        public static var defaultName: String {
            "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
        }
    }
}
