/// A usage mistake on the command line, with a message saying what to write instead.
struct UsageError: Error {
    var message: String
}
