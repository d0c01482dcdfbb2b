/// One line of `taskflow-gen runs`: a run recorded in a journal directory.
struct JournalRun: Hashable {
    /// The run's identifier, in lowercase hexadecimal with dashes (as in its file's name).
    var runID: String
    /// The flow's name.
    var flow: String
    /// The last flow state the run recorded (`pending` until the first one).
    var state: String
    /// When the run started, in seconds since 1970.
    var started: Double
    /// When the run last recorded anything (its file's modification time), in seconds since 1970.
    var updated: Double
}
