/// The compiled order of a flow's tasks: a DAG over task indices in compressed sparse-row form.
///
/// The engine schedules with in-degree counters: it copies ``inDegree``, starts every task whose
/// count is zero, and when a task succeeds decrements the count of each successor. Each task
/// and each edge is touched once per run, so scheduling is O(V + E).
@usableFromInline
struct TaskGraph: Sendable {
    /// The successors of task `i` are `successors[successorStart[i] ..< successorStart[i + 1]]`.
    @usableFromInline
    let successorStart: [Int]
    /// Successor lists of all tasks, back to back, each without duplicates.
    @usableFromInline
    let successors: [Int]
    /// How many distinct predecessors each task has.
    @usableFromInline
    let inDegree: [Int]
    /// Tasks with no predecessor, in task order: where a run starts.
    @usableFromInline
    let sources: [Int]

    /// Every edge, by source then successor: what a durable run's header records as its links.
    var links: [JournaledLink] {
        var links: [JournaledLink] = []
        links.reserveCapacity(successors.count)
        for task in 0..<(successorStart.count - 1) {
            for edge in successorStart[task]..<successorStart[task + 1] {
                links.append(JournaledLink(from: task, to: successors[edge]))
            }
        }
        return links
    }

    /// Builds the graph from its edges and checks that it has no cycle.
    /// - Parameters:
    ///   - taskCount: The number of tasks (vertices).
    ///   - edgeSources: `edgeSources[k] → edgeTargets[k]` is an edge; duplicates are dropped.
    ///   - edgeTargets: See `edgeSources`.
    ///   - names: The name of a task, for the cycle error.
    /// - Throws: ``FlowDefinitionError/cycle(tasks:)`` naming the tasks on a cycle.
    init(
        taskCount: Int, edgeSources: [Int32], edgeTargets: [Int32], names: (Int) -> String
    ) throws(FlowDefinitionError) {
        // Counting sort of the edges by source: O(V + E), no comparison sort.
        var start = [Int](repeating: 0, count: taskCount + 1)
        for source in edgeSources { start[Int(source) + 1] += 1 }
        for index in 0..<taskCount { start[index + 1] += start[index] }
        var fill = start
        var bucketed = [Int](repeating: 0, count: edgeSources.count)
        // A cycle needs an edge to an earlier task (or to itself). Tasks are numbered in listing
        // order, so most flows have none: linear flows never, graph flows when every child is
        // listed after what it requires.
        var hasBackwardEdge = false
        for (source, target) in zip(edgeSources.lazy.map(Int.init), edgeTargets.lazy.map(Int.init)) {
            bucketed[fill[source]] = target
            fill[source] += 1
            if target <= source { hasBackwardEdge = true }
        }

        // Drop duplicate edges (a provider feeding two symbols to one consumer): `lastSeen`
        // remembers which source last reached each target.
        var lastSeen = [Int](repeating: -1, count: taskCount)
        var successorStart = [Int](repeating: 0, count: taskCount + 1)
        var successors: [Int] = []
        successors.reserveCapacity(bucketed.count)
        var inDegree = [Int](repeating: 0, count: taskCount)
        for source in 0..<taskCount {
            // Positions, not a slice of `bucketed`: a slice per task would retain the buffer.
            for position in start[source]..<start[source + 1] where lastSeen[bucketed[position]] != source {
                let target = bucketed[position]
                lastSeen[target] = source
                successors.append(target)
                inDegree[target] += 1
            }
            successorStart[source + 1] = successors.count
        }

        self.successorStart = successorStart
        self.successors = successors
        self.inDegree = inDegree
        self.sources = (0..<taskCount).filter { inDegree[$0] == 0 }
        if hasBackwardEdge, let cycle = findCycle() {
            throw .cycle(tasks: cycle.map(names))
        }
    }

    /// The successors of `task`.
    func successors(of task: Int) -> ArraySlice<Int> {
        successors[successorStart[task]..<successorStart[task + 1]]
    }

    /// A cycle, as task indices in edge order, or `nil` when the graph is acyclic.
    ///
    /// Kahn's algorithm removes every task it can order; whatever remains lies on or after a
    /// cycle, and each remaining task has a remaining predecessor. Walking predecessors from
    /// any of them must repeat a task: the walk between the two visits is a cycle.
    private func findCycle() -> [Int]? {
        var remaining = inDegree
        var queue = sources
        var head = 0
        while head < queue.count {
            let task = queue[head]
            head += 1
            for position in successorStart[task]..<successorStart[task + 1] {
                let next = successors[position]
                remaining[next] -= 1
                if remaining[next] == 0 { queue.append(next) }
            }
        }
        guard queue.count < inDegree.count else { return nil }

        // Only on the error path: predecessor lists among the tasks left over.
        var predecessor = [Int](repeating: -1, count: inDegree.count)
        for task in inDegree.indices where remaining[task] > 0 {
            for next in successors(of: task) where remaining[next] > 0 {
                predecessor[next] = task
            }
        }
        var position = [Int: Int]()
        var walk: [Int] = []
        guard var task = remaining.firstIndex(where: { $0 > 0 }) else { return nil }
        while position[task] == nil {
            position[task] = walk.count
            walk.append(task)
            task = predecessor[task]
        }
        // Predecessor order reversed is edge order; start at the lowest task for a stable message.
        let cycle = Array(walk[(position[task] ?? 0)...].reversed())
        let first = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
        return Array(cycle[first...] + cycle[..<first])
    }
}
