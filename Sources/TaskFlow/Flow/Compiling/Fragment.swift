/// A task or nested flow, compiled: the tasks it starts and ends with, and its data flow as seen
/// from outside it.
///
/// A parent pattern joins its children's fragments into its own: linear adds edges from each
/// child's sinks to the next child's sources, graph adds edges from providers to consumers.
struct Fragment {
    /// The child's name (task name or flow name), for links and messages.
    var name: String
    /// Tasks with no predecessor inside the fragment.
    var sources: [Int] = []
    /// Tasks with no successor inside the fragment.
    var sinks: [Int] = []
    /// Each symbol the fragment provides, with the tasks whose value a later consumer reads.
    var provides = SymbolUses()
    /// Each required symbol no task inside provides, with the tasks that require it.
    var requires = SymbolUses()
    /// Each optional symbol no task inside provides, with the tasks that would read it.
    var optional = SymbolUses()

    /// Whether the fragment has no task at all (an empty nested flow).
    var isEmpty: Bool { sources.isEmpty }

    /// The fragment of the single task `index`, with its metadata's name and symbols.
    init(task index: Int, name: String, requires: [String], provides: [String], optional: [String]) {
        // One array for all five: the task's uses share it, so looking them up allocates nothing.
        let task = [index]
        self.name = name
        sources = task
        sinks = task
        self.provides = SymbolUses(users: task, symbols: provides)
        self.requires = SymbolUses(users: task, symbols: requires)
        self.optional = SymbolUses(users: task, symbols: optional)
    }

    /// An empty fragment for the nested flow `name`, to be filled by its pattern.
    init(flow name: String) {
        self.name = name
    }
}
