import Foundation
import PackagePlugin

/// The build-tool plugin that turns a target's `- Task:` and `- Flow:` annotations into typed
/// flow code.
///
/// It adds one build command per target: the target's Swift files are its inputs and
/// `<Target>.taskflow.swift` in the plugin's work directory is its only output, so SwiftPM runs
/// `taskflow-gen` again only when a source file (or `taskflow.lock`, beside `Package.swift`)
/// changed, and compiles the output as part of the target. With a lock file, durable flows whose
/// tasks changed incompatibly without a major version bump fail the build. `taskflow-gen` rewrites the output only when its content changes, so an edit that
/// changes no annotation leaves the generated file (and everything that depends on it) alone.
@main
struct TaskFlowPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let module = target as? SwiftSourceModuleTarget else { return [] }
        let invocation = GeneratorInvocation(
            targetName: module.name,
            moduleName: module.moduleName,
            sources: module.sourceFiles(withSuffix: "swift").map(\.url),
            workDirectory: context.pluginWorkDirectoryURL,
            lockFile: context.package.directoryURL.appending(component: "taskflow.lock")
        )
        return [try invocation.command(generator: context.tool(named: "taskflow-gen").url)]
    }
}
