/// A file without annotations: the generated file is the header alone.
struct Plain {
    /// Not a task.
    func work() -> Int { 1 }
}
