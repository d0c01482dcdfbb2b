/// A checked flow as boxes and arrows: the common ground of the Mermaid and DOT diagrams.
///
/// Tasks are nodes `t<index>` (their index in `CheckedFlow.tasks`); each flow, the checked one
/// included, is a cluster `f<n>` numbered depth first. An arrow means "runs after": in a linear
/// flow from each child to the next, in a graph flow from a provider to its consumers
/// (labelled with the symbols passed) and along explicit links (dashed); an unordered flow has
/// none between its children.
struct FlowGraph {
    /// A group of nodes: one flow.
    struct Cluster {
        /// `f<n>`.
        var id: String
        /// `name (pattern)`.
        var title: String
        /// The cluster's contents in listing order.
        var members: [Member]
    }

    /// What a cluster contains.
    enum Member {
        /// A task: its node id and label.
        case task(id: String, label: String)
        /// A nested flow.
        case cluster(Cluster)
    }

    /// An arrow between two tasks.
    struct Edge: Hashable {
        /// The task that runs first.
        var from: String
        /// The task that runs after it.
        var to: String
        /// The symbols passed along it, comma-separated; empty for an ordering arrow.
        var label: String
        /// Whether the arrow comes from an explicit `link`.
        var isLink: Bool
    }

    /// The checked flow's cluster.
    private(set) var root: Cluster
    /// Every arrow, in the order children are listed.
    private(set) var edges: [Edge] = []

    /// Lays out `flow`.
    init(_ flow: CheckedFlow) {
        root = Cluster(id: "f0", title: flow.flow.name, members: [])
        var builder = Builder(tasks: flow.tasks)
        let (cluster, _) = builder.visit(flow.structure)
        root = cluster ?? root
        edges = builder.edges
    }

    /// Walks the structure once, numbering clusters and collecting arrows.
    private struct Builder {
        let tasks: [TaskModel]
        var edges: [Edge] = []
        private var connected: Set<Pair> = []
        private var nextCluster = 0

        init(tasks: [TaskModel]) { self.tasks = tasks }

        /// Two connected tasks.
        struct Pair: Hashable {
            var from: String
            var to: String
        }

        /// The first and last tasks of a subtree: where arrows into and out of it attach.
        struct Ends {
            var sources: [String]
            var sinks: [String]
            var requires: [String]
            var provides: [String]
            var name: String
        }

        mutating func visit(_ structure: FlowStructure) -> (Cluster?, Ends) {
            switch structure {
            case .task(let index):
                let task = tasks[index]
                let id = "t\(index)"
                let ends = Ends(
                    sources: [id], sinks: [id],
                    requires: task.requiredSymbols + task.optionalSymbols,
                    provides: task.provides.map(\.symbol), name: task.name)
                return (nil, ends)
            case .flow(let name, let pattern, let links, let children):
                let id = "f\(nextCluster)"
                nextCluster += 1
                var members: [Member] = []
                var childEnds: [Ends] = []
                for child in children {
                    let (cluster, ends) = visit(child)
                    if let cluster {
                        members.append(.cluster(cluster))
                    } else if case .task(let index) = child {
                        members.append(.task(id: "t\(index)", label: tasks[index].name))
                    }
                    childEnds.append(ends)
                }
                let ends = connect(childEnds, pattern: pattern, links: links, name: name)
                return (Cluster(id: id, title: "\(name) (\(pattern.rawValue))", members: members), ends)
            }
        }

        /// Adds the arrows between `children` and returns the ends of their flow.
        private mutating func connect(_ children: [Ends], pattern: FlowPatternKind, links: [FlowLinkModel], name: String) -> Ends {
            let present = children.filter { !$0.sources.isEmpty }
            var ends = Ends(
                sources: [], sinks: [],
                requires: children.flatMap(\.requires), provides: children.flatMap(\.provides), name: name)
            switch pattern {
            case .linear:
                for (first, second) in zip(present, present.dropFirst()) {
                    add(from: first, to: second, label: "", isLink: false)
                }
                ends.sources = present.first?.sources ?? []
                ends.sinks = present.last?.sinks ?? []
            case .unordered:
                ends.sources = present.flatMap(\.sources)
                ends.sinks = present.flatMap(\.sinks)
            case .graph:
                var hasIncoming = Array(repeating: false, count: present.count)
                var hasOutgoing = Array(repeating: false, count: present.count)
                var providerOf: [String: Int] = [:]
                for (index, child) in present.enumerated() {
                    for symbol in child.provides where providerOf[symbol] == nil { providerOf[symbol] = index }
                }
                for (consumer, child) in present.enumerated() {
                    var passed: [(provider: Int, symbols: [String])] = []
                    for symbol in child.requires {
                        guard let provider = providerOf[symbol], provider != consumer else { continue }
                        if let at = passed.firstIndex(where: { $0.provider == provider }) {
                            if !passed[at].symbols.contains(symbol) { passed[at].symbols.append(symbol) }
                        } else {
                            passed.append((provider, [symbol]))
                        }
                    }
                    for (provider, symbols) in passed {
                        add(from: present[provider], to: child, label: symbols.joined(separator: ", "), isLink: false)
                        hasOutgoing[provider] = true
                        hasIncoming[consumer] = true
                    }
                }
                for link in links {
                    guard let from = present.firstIndex(where: { $0.name == link.from }),
                          let to = present.firstIndex(where: { $0.name == link.to })
                    else { continue }
                    add(from: present[from], to: present[to], label: "", isLink: true)
                    hasOutgoing[from] = true
                    hasIncoming[to] = true
                }
                for index in present.indices {
                    if !hasIncoming[index] { ends.sources += present[index].sources }
                    if !hasOutgoing[index] { ends.sinks += present[index].sinks }
                }
            }
            return ends
        }

        /// Adds an arrow from each last task of `from` to each first task of `to`, unless those
        /// two tasks are already connected (a link that repeats a data arrow adds nothing).
        private mutating func add(from: Ends, to: Ends, label: String, isLink: Bool) {
            for source in from.sinks {
                for target in to.sources where connected.insert(Pair(from: source, to: target)).inserted {
                    edges.append(Edge(from: source, to: target, label: label, isLink: isLink))
                }
            }
        }
    }
}
