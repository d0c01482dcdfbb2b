import TaskFlow

// The example of Docs/GeneratedCode.md: the user's annotated functions, then — below the
// `Generated` mark — the code taskflow-gen emits for them, written out by hand, so the runtime
// is tested against exactly what generated code calls.

struct RequestContext: Sendable { var user: String }
struct Reservation: Sendable, Hashable { var id: Int }

/// Everything the example's functions did, for assertions.
let volumeLog = Locked<[String]>([])

struct QuotaExceeded: Error, Hashable {}

/// - Task: validate
///   - provides: size
func validateSize(raw_size: Int) throws -> Int { raw_size }

/// - Task: reserve_quota
///   - requires: size, volume_type as type
///   - provides: reservations
///   - version: 1.2
///   - revert: rollbackQuota
func reserveQuota(context: RequestContext, size: Int, type: String) async throws -> [Reservation] {
    volumeLog.withLock { $0.append("reserve \(size) \(type) for \(context.user)") }
    if size > 100 { throw QuotaExceeded() }
    return [Reservation(id: size)]
}

func rollbackQuota(context: RequestContext, result: [Reservation]) async throws {
    volumeLog.withLock { $0.append("rollback \(result.map(\.id))") }
}

struct Database: Sendable {
    var failsWith: (any Error)?

    /// The name of a volume created without one. (Not a literal default, so generated code
    /// leaves the argument out when `name` has no value.)
    static let defaultName = "unnamed"

    /// - Task: create_entry
    ///   - provides: volume_id
    ///   - revert: destroyEntry
    func createEntry(size: Int, reservations: [Reservation], name: String = Database.defaultName) async throws -> String {
        volumeLog.withLock { $0.append("create \(name)") }
        if let failsWith { throw failsWith }
        return "vol-\(name)-\(size)"
    }

    func destroyEntry(result: String?, failure: RevertCause) async {
        volumeLog.withLock { $0.append("destroy \(result ?? "nil") because \(failure)") }
    }
}

/// - Flow: create_volume_api
///   - tasks: validate, reserve_quota, create_entry
enum CreateVolumeAPI {}

// MARK: - Generated

// - Flow: create_volume_api
//   - tasks: validate, reserve_quota, create_entry
extension CreateVolumeAPI {
    /// The values a run of `create_volume_api` starts from.
    struct Inputs: Sendable {
        var raw_size: Int
        var volume_type: String
        var name: String?

        init(raw_size: Int, volume_type: String, name: String? = nil) {
            self.raw_size = raw_size
            self.volume_type = volume_type
            self.name = name
        }
    }

    /// The values a successful run of `create_volume_api` provides.
    struct Outputs: Sendable {
        let size: Int
        let reservations: [Reservation]
        let volume_id: String
    }

    /// Every symbol of `create_volume_api`, and the results its reverts need.
    struct State: Sendable {
        var raw_size: Int?
        var volume_type: String?
        var name: String?
        var size: Int?
        var reservations: [Reservation]?
        var volume_id: String?
        var result_reserve_quota: [Reservation]?
        var result_create_entry: String?
    }

    static let metadata = FlowMetadata(
        name: "create_volume_api",
        typeName: "CreateVolumeAPI",
        pattern: .linear,
        inputs: ["raw_size", "volume_type"],
        optionalInputs: ["name"],
        outputs: ["size", "reservations", "volume_id"],
        tasks: [
            TaskMetadata(
                name: "validate", function: "validateSize(raw_size:)",
                version: TaskVersion(major: 1, minor: 0),
                requires: ["raw_size"], provides: ["size"],
                file: "Sources/Volumes/API.swift", line: 6
            ),
            TaskMetadata(
                name: "reserve_quota", function: "reserveQuota(context:size:type:)",
                version: TaskVersion(major: 1, minor: 2),
                requires: ["size", "volume_type"], provides: ["reservations"],
                revert: "rollbackQuota(context:result:)",
                file: "Sources/Volumes/API.swift", line: 10
            ),
            TaskMetadata(
                name: "create_entry", function: "Database.createEntry(size:reservations:name:)",
                version: TaskVersion(major: 1, minor: 0),
                requires: ["size", "reservations"], optional: ["name"], provides: ["volume_id"],
                revert: "Database.destroyEntry(result:failure:)",
                file: "Sources/Volumes/API.swift", line: 22
            ),
        ],
        file: "Sources/Volumes/API.swift", line: 30
    )

    static func makeFlow(database: Database) -> Flow<State, RequestContext> {
        Flow(metadata: metadata, root: .linear("create_volume_api", [
            .task(FlowTask(metadata.tasks[0], execute: { try await execute_validate($0, $1) })),
            .task(FlowTask(metadata.tasks[1], execute: { try await execute_reserve_quota($0, $1) },
                           revert: { try await revert_reserve_quota($0, $1, $2) }, revertNeedsResult: true)),
            .task(FlowTask(metadata.tasks[2], execute: { try await execute_create_entry(database, $0, $1) },
                           revert: { try await revert_create_entry(database, $0, $1, $2) })),
        ]))
    }

    static func run(
        _ inputs: Inputs,
        context: RequestContext,
        database: Database,
        engine: Engine = Engine()
    ) async throws -> Outputs {
        var state = State()
        state.raw_size = inputs.raw_size
        state.volume_type = inputs.volume_type
        state.name = inputs.name
        let final = try await engine.run(makeFlow(database: database), state: state, context: context)
        return Outputs(
            size: try requireSymbol(final.size, "size"),
            reservations: try requireSymbol(final.reservations, "reservations"),
            volume_id: try requireSymbol(final.volume_id, "volume_id")
        )
    }

    // MARK: Adapters

    /// validate: `validateSize(raw_size:)`; requires raw_size; provides size.
    private nonisolated(nonsending) static func execute_validate(
        _ store: FlowStore<State>, _ context: RequestContext
    ) async throws {
        let raw_size = try store.read { try requireSymbol($0.raw_size, "raw_size") }
        let result = try await maybeIsolated(validateSize(raw_size: raw_size))
        store.write { $0.size = result }
    }

    /// reserve_quota: `reserveQuota(context:size:type:)`; requires size, volume_type as type;
    /// provides reservations.
    private nonisolated(nonsending) static func execute_reserve_quota(
        _ store: FlowStore<State>, _ context: RequestContext
    ) async throws {
        let (size, volume_type) = try store.read {
            (try requireSymbol($0.size, "size"), try requireSymbol($0.volume_type, "volume_type"))
        }
        let result = try await reserveQuota(context: context, size: size, type: volume_type)
        store.write {
            $0.reservations = result
            $0.result_reserve_quota = result
        }
    }

    /// Reverts reserve_quota with `rollbackQuota(context:result:)`.
    private nonisolated(nonsending) static func revert_reserve_quota(
        _ store: FlowStore<State>, _ context: RequestContext, _ cause: RevertCause
    ) async throws {
        let result = try store.read { try requireSymbol($0.result_reserve_quota, "result of reserve_quota") }
        try await rollbackQuota(context: context, result: result)
    }

    /// create_entry: `Database.createEntry(size:reservations:name:)`; requires size, reservations,
    /// name (optional); provides volume_id.
    private nonisolated(nonsending) static func execute_create_entry(
        _ database: Database, _ store: FlowStore<State>, _ context: RequestContext
    ) async throws {
        let (size, reservations, name) = try store.read {
            (try requireSymbol($0.size, "size"), try requireSymbol($0.reservations, "reservations"), $0.name)
        }
        let result = if let name {
            try await database.createEntry(size: size, reservations: reservations, name: name)
        } else {
            try await database.createEntry(size: size, reservations: reservations)
        }
        store.write {
            $0.volume_id = result
            $0.result_create_entry = result
        }
    }

    /// Reverts create_entry with `Database.destroyEntry(result:failure:)`.
    private nonisolated(nonsending) static func revert_create_entry(
        _ database: Database, _ store: FlowStore<State>, _ context: RequestContext, _ cause: RevertCause
    ) async throws {
        let result = store.read { $0.result_create_entry }
        await database.destroyEntry(result: result, failure: cause)
    }
}
