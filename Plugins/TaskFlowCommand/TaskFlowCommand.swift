import PackagePlugin

@main
struct TaskFlowCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {}
}
