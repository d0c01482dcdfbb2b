/// A task or nested flow, compiled: the tasks it starts and ends with, and its data flow as seen
/// from outside it.
///
/// A parent pattern joins its children's fragments into its own: linear adds edges from each
/// child's sinks to the next child's sources, graph adds edges from providers to consumers.
/// Each part is a range of one of the ``FlowCompiler``'s arenas, which only grow, so a fragment
/// is a handful of integers: making one allocates nothing and copying one retains nothing.
struct Fragment {
    /// Tasks with no predecessor inside the fragment, in `endpoints`.
    var sources: Range<Int> = 0..<0
    /// Tasks with no successor inside the fragment, in `endpoints`.
    var sinks: Range<Int> = 0..<0
    /// Each symbol the fragment provides, once, with the task whose value a later consumer
    /// reads, in the order the symbols were first provided; in `provisions`.
    var provisions: Range<Int> = 0..<0
    /// Each use of a required symbol no task inside provides, in `requirements`.
    var requirements: Range<Int> = 0..<0
    /// Each use of an optional symbol no task inside provides, in `optionals`.
    var optionals: Range<Int> = 0..<0

    /// Whether the fragment has no task at all (an empty nested flow).
    var isEmpty: Bool { sources.isEmpty }
}
