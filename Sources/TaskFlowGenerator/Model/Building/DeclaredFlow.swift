/// A type carrying `- Flow:`, read from its block before its children are resolved.
struct DeclaredFlow: Sendable {
    /// The annotated type.
    var declaration: TypeDeclaration
    /// The `- Flow:` block.
    var block: AnnotationBlock
    /// The flow's name (the item's value, or the type's name).
    var name: String
    /// How children are ordered.
    var pattern: FlowPatternKind
    /// The `tasks` elements as written.
    var children: [ListElement]
    /// The `link` entries (graph flows).
    var links: [LinkItem]
    /// Whether the flow is durable (`- durable: true`).
    var isDurable = false
    /// The flow's version (`- version:`), `1.0` when not given.
    var version = Version.initial
    /// Whether the block or declaration has an error.
    var hasErrors: Bool

    /// The type path as written in Swift, e.g. `Cinder.CreateVolumeAPI`.
    var typeName: String { declaration.path.joined(separator: ".") }
}
