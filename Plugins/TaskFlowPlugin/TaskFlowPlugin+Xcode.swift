#if canImport(XcodeProjectPlugin)
import Foundation
import PackagePlugin
import XcodeProjectPlugin

extension TaskFlowPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        let sources = target.inputFiles
            .filter { $0.type == .source && $0.url.pathExtension == "swift" }
            .map(\.url)
        let invocation = GeneratorInvocation(
            targetName: target.displayName,
            moduleName: target.product?.name ?? target.displayName,
            sources: sources,
            workDirectory: context.pluginWorkDirectoryURL,
            lockFile: context.xcodeProject.directoryURL.appending(component: "taskflow.lock")
        )
        return [try invocation.command(generator: context.tool(named: "taskflow-gen").url)]
    }
}
#endif
