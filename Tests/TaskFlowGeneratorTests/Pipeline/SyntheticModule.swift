import TaskFlowGenerator

/// A large annotated module written in code, for the scale test: `flows` linear flows of
/// `tasksPerFlow` tasks each, plus optionally one flow of `bigFlowTasks` tasks (over 1,000
/// symbols, so its state is split into parts). One file per flow.
///
/// Each task requires the previous task's value and the flow's seed; every fifth has a revert
/// that needs its result, every seventh an optional (defaulted) parameter, every third is
/// synchronous, so the adapters cover the shapes real modules have.
enum SyntheticModule {
    static func sources(flows: Int, tasksPerFlow: Int, bigFlowTasks: Int? = nil) -> [SourceFile] {
        var files = [SourceFile(path: "Sources/Scale/Context.swift", text: """
            /// The context every synthetic task receives.
            struct ScaleContext: Sendable {
                var run: Int
            }

            """)]
        for flow in 0 ..< flows {
            files.append(file(flow: flow, tasks: tasksPerFlow))
        }
        if let bigFlowTasks {
            files.append(file(flow: flows, tasks: bigFlowTasks))
        }
        return files
    }

    private static func file(flow: Int, tasks: Int) -> SourceFile {
        let prefix = "f\(flow)"
        var text = "import Foundation\n\n"
        for task in 0 ..< tasks {
            let name = "\(prefix)_t\(task)"
            let function = "\(prefix)T\(task)"
            var parameters = ["context: ScaleContext", "\(prefix)_seed: Int"]
            if task > 0 { parameters.append("\(prefix)_v\(task - 1): Int") }
            if task % 7 == 3 { parameters.append("\(prefix)_scale: Int = 1") }
            let hasRevert = task % 5 == 4
            let effects = task % 3 == 0 ? "" : " async throws"
            text += """
                /// Step \(task) of flow \(flow).
                ///
                /// - Task: \(name)
                ///   - provides: \(prefix)_v\(task)
                \(hasRevert ? "///   - revert: undo\(function)\n" : "")\
                func \(function)(\(parameters.joined(separator: ", ")))\(effects) -> Int {
                    \(task > 0 ? "\(prefix)_v\(task - 1) &+ " : "")\(prefix)_seed &+ \(task)
                }


                """
            if hasRevert {
                text += "func undo\(function)(context: ScaleContext, result: Int) async {}\n\n"
            }
        }
        let children = (0 ..< tasks).map { "\(prefix)_t\($0)" }.joined(separator: ", ")
        text += """
            /// Synthetic flow \(flow).
            ///
            /// - Flow: flow_\(flow)
            ///   - tasks: \(children)
            enum Flow\(flow) {}

            """
        return SourceFile(path: "Sources/Scale/Flow\(flow).swift", text: text)
    }
}
