/// The names generated code gives to what it writes per task of a flow: the adapters that
/// execute and revert it, and the state property that keeps its result for its revert.
///
/// Names read like hand-written Swift — `executeReserveFunds`, `revertReserveFunds`,
/// `reserveFundsResult` for task `reserve_funds` — unless two tasks of the flow would get the same
/// one (`reserve_funds` and `reserveFunds`); those keep their names as written, after an
/// underscore (`execute_reserve_funds`, `result_reserve_funds`), which cannot collide. The
/// checker (for a symbol named like a result property) and the emitter use the same names.
struct GeneratedNames: Sendable {
    /// Each task's name in upper camel case (`ReserveFunds`); tasks whose camel-case names
    /// collide (or that have none) are absent.
    private let camel: [String: String]

    /// The names for a flow whose tasks (nested flows' included) are `tasks`.
    init(tasks: [String]) {
        let cased = tasks.compactMap { task in Self.upperCamel(task).map { (task, $0) } }
        var counts: [String: Int] = [:]
        for (_, name) in cased { counts[name, default: 0] += 1 }
        camel = Dictionary(uniqueKeysWithValues: cased.filter { counts[$0.1] == 1 })
    }

    /// The adapter that executes `task`.
    func execute(_ task: String) -> String { adapter("execute", task) }

    /// The adapter that reverts `task`.
    func revert(_ task: String) -> String { adapter("revert", task) }

    /// The state property that keeps `task`'s result for its revert.
    func result(_ task: String) -> String {
        guard let name = camel[task] else { return "result_\(task)" }
        return name.prefix(1).lowercased() + name.dropFirst() + "Result"
    }

    private func adapter(_ kind: String, _ task: String) -> String {
        guard let name = camel[task] else { return "\(kind)_\(task)" }
        return kind + name
    }

    /// `reserve_funds` → `ReserveFunds`, `tune` → `Tune`, `step2` → `Step2`; `nil` for a name
    /// with nothing but underscores.
    static func upperCamel(_ name: String) -> String? {
        let words = name.split(separator: "_")
        guard !words.isEmpty else { return nil }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
