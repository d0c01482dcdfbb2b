import CreateVolume

/// What `create-volume` was asked to do.
struct Options {
    /// The task to make fail, if any.
    var failingTask: String?
    /// Whether volume managers may reschedule a failed create.
    var allowReschedule = true
    /// The volume's size in GiB.
    var size = 10
    /// Where durable runs are journaled (a `FileJournal` directory); in memory when `nil`.
    var journalDirectory: String?

    static let usage = """
        usage: create-volume [--fail TASK] [--no-reschedule] [--size GIB] [--journal DIR]

        Runs Cinder's create-volume flows (API -> scheduler -> manager) end to end against
        in-memory fakes, printing every task and flow transition and each flow's diagram.

          --fail TASK       make TASK fail, to show the revert path; one of:
                            \(Deployment.failurePoints.joined(separator: ", "))
          --no-reschedule   error the volume out instead of rescheduling a failed create
          --size GIB        the volume's size (default 10)
          --journal DIR     journal the durable API flow's runs in DIR (a FileJournal), to
                            list them with `swift package taskflow runs --journal DIR`
        """

    /// Parses the command line.
    /// - Throws: ``UsageError`` for anything it does not understand.
    init(arguments: some Sequence<String>) throws(UsageError) {
        var arguments = arguments.makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--fail":
                guard let task = arguments.next() else { throw UsageError("--fail needs a task name") }
                failingTask = task
            case "--no-reschedule":
                allowReschedule = false
            case "--size":
                guard let text = arguments.next(), let size = Int(text) else {
                    throw UsageError("--size needs a whole number of GiB")
                }
                self.size = size
            case "--journal":
                guard let directory = arguments.next() else { throw UsageError("--journal needs a directory") }
                journalDirectory = directory
            case "--help", "-h":
                throw UsageError(nil)
            default:
                throw UsageError("unknown argument \(argument)")
            }
        }
    }
}

/// A command line `create-volume` cannot run; `message` is `nil` when help was asked for.
struct UsageError: Error {
    var message: String?

    init(_ message: String?) {
        self.message = message
    }
}
