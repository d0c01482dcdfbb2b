import TaskFlowGenerator

/// Parses the command line, runs the command, and turns every failure into a message on
/// standard error and an exit status: nothing here crashes on bad input.
enum Tool {
    /// The exit status after a success.
    static let success: Int32 = 0
    /// The exit status after an error in the sources or in reading and writing files.
    static let failure: Int32 = 1
    /// The exit status after a usage mistake.
    static let usageFailure: Int32 = 2

    /// Runs the tool.
    /// - Parameter arguments: The arguments after the program name.
    /// - Returns: The exit status.
    static func run(arguments: [String]) -> Int32 {
        let invocation: Invocation
        do {
            invocation = try Invocation(arguments: ResponseFiles.expand(arguments))
        } catch let error as UsageError {
            StandardError.write("error: \(error.message)\n\n\(Invocation.usage)")
            return usageFailure
        } catch {
            StandardError.write("error: \(error)\n")
            return failure
        }
        do {
            switch invocation {
            case .help:
                print(Invocation.usage, terminator: "")
                return success
            case .generate(let options):
                return try GenerateCommand.run(options)
            case .check(let options):
                return try CheckCommand.run(options)
            case .lock(let options):
                return try LockCommand.run(options)
            case .scan(let sources):
                return try ScanCommand.run(sources: sources)
            case .diagram(let options):
                return try DiagramCommand.run(options)
            case .runs(let journal):
                return try RunsCommand.run(journal: journal)
            }
        } catch {
            StandardError.write("error: \(error)\n")
            return failure
        }
    }
}
