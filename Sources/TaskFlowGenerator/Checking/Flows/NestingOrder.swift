/// The order in which flows are checked, children first, and the flows that nest themselves.
struct NestingOrder {
    /// Every flow index, each after the flows it nests (a flow on a nesting cycle is listed
    /// after the flows it nests that are not on the cycle).
    var order: [Int] = []
    /// Flows that nest themselves, directly or through others.
    var cyclic: Set<Int> = []
    /// One error per nesting cycle, at the child that closes it.
    var diagnostics: [Diagnostic] = []

    /// Walks the nesting graph depth first without recursion, so deep nesting cannot exhaust
    /// the stack.
    /// - Parameters:
    ///   - flows: The declared flows.
    ///   - children: Each flow's resolved children (`nil` where a name did not resolve).
    init(flows: [DeclaredFlow], children: [[ResolvedChild?]]) {
        var state = Array(repeating: 0, count: flows.count)  // 0 new, 1 on the stack, 2 done
        for root in flows.indices where state[root] == 0 {
            var stack: [(flow: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                let flowChildren = children[top.flow]
                if top.next == flowChildren.count {
                    stack.removeLast()
                    state[top.flow] = 2
                    order.append(top.flow)
                    continue
                }
                stack[stack.count - 1].next += 1
                guard case .flow(let child) = flowChildren[top.next] else { continue }
                switch state[child] {
                case 0:
                    state[child] = 1
                    stack.append((child, 0))
                case 1:
                    let start = stack.firstIndex { $0.flow == child } ?? 0
                    let chain = stack[start...].map(\.flow) + [child]
                    cyclic.formUnion(chain)
                    diagnostics.append(.error(
                        "flow '\(flows[child].name)' nests itself: \(chain.map { flows[$0].name }.joined(separator: " → "))",
                        at: flows[top.flow].children[top.next].location))
                default:
                    break
                }
            }
        }
    }
}
