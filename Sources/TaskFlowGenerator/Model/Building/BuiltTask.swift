/// A function carrying `- Task:`, built into a model as far as its annotation allows.
///
/// Every annotated function becomes one, valid or not: the scan report lists them all, and flow
/// checking uses the best-effort model so that one broken task does not hide the flow's own
/// problems. Only tasks without errors reach generated code.
struct BuiltTask: Sendable {
    /// The model; best effort when `hasErrors`.
    var model: TaskModel
    /// The annotated declaration.
    var declaration: FunctionDeclaration
    /// The `- Task:` block.
    var block: AnnotationBlock
    /// Whether building or checking the task found an error.
    var hasErrors: Bool
    /// Every symbol the task reads, in parameter order (for the scan report).
    var symbolsRead: [String]
    /// The `provides` names as written.
    var providedNames: [String]
    /// The version as written, or `1.0`.
    var versionText: String
    /// The revert's name as written.
    var revertName: String?
}
