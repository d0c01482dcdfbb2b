import ArgumentParser
import Foundation
import PostgresNIO

/// `cinder-demo status`: the volumes, the quota, and with `--check` whether they add up.
struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the volumes and the quota; with --check, exit 1 unless every volume is settled and the quota adds up.")

    @OptionGroup var options: DemoOptions

    @Flag(help: "Exit 1 when a volume is still creating, a run is pending or failed on the board, or the quota does not add up.")
    var check = false

    func run() async throws {
        let check = self.check
        let problems = try await options.withContext { context in
            let report = try await StatusReport.read(context)
            print(report.text)
            return report.problems
        }
        guard check else { return }
        if problems.isEmpty {
            print("check: ok — every volume is available, or error with its quota released; the quota adds up")
        } else {
            for problem in problems { print("check: \(problem)") }
            throw ExitCode.failure
        }
    }
}

/// The volumes, the quota and the board, read at one moment, and what does not add up.
struct StatusReport {
    /// One volume's row.
    struct Volume {
        var id: UUID
        var name: String
        var size: Int
        var status: String
        var host: String?
    }

    var volumes: [Volume] = []
    var limit = (gigabytes: 0, volumes: 0)
    var inUse = (gigabytes: 0, volumes: 0)
    var reserved = (gigabytes: 0, volumes: 0)
    /// Runs of the demo's queues by board state.
    var runs: [String: Int] = [:]
    /// Runs worth a line of their own: taken over from a worker that died, or failed and reverted.
    var notableRuns: [String] = []

    static func read(_ context: CinderContext) async throws -> StatusReport {
        var report = StatusReport()
        let tables = context.tables
        for row in try await context.query(
            "SELECT id, name, size, status, host FROM \(unescaped: tables).volumes ORDER BY created_at, name")
        {
            let (id, name, size, status, host) = try row.decode((UUID, String, Int32, String, String?).self)
            report.volumes.append(Volume(id: id, name: name, size: Int(size), status: status, host: host))
        }
        if let row = try await context.query(
            """
            SELECT gigabyte_limit, volume_limit, gigabytes_in_use, volumes_in_use
            FROM \(unescaped: tables).quota_usage WHERE project = \(Demo.project)
            """
        ).first {
            let (gigabyteLimit, volumeLimit, gigabytes, volumes) = try row.decode((Int32, Int32, Int32, Int32).self)
            report.limit = (Int(gigabyteLimit), Int(volumeLimit))
            report.inUse = (Int(gigabytes), Int(volumes))
        }
        if let row = try await context.query(
            """
            SELECT coalesce(sum(gigabytes), 0)::int8, count(*)::int8 FROM \(unescaped: tables).reservations
            WHERE project = \(Demo.project) AND status = 'reserved'
            """
        ).first {
            let (gigabytes, volumes) = try row.decode((Int64, Int64).self)
            report.reserved = (Int(gigabytes), Int(volumes))
        }
        for row in try await context.query(
            """
            SELECT coalesce(board_state, 'none'), count(*)::int8 FROM \(unescaped: context.database.schema.runs)
            WHERE queue = ANY(\(Demo.queues)) GROUP BY 1
            """)
        {
            let (state, count) = try row.decode((String, Int64).self)
            report.runs[state] = Int(count)
        }
        for row in try await context.query(
            """
            SELECT run_id, flow, flow_state, attempt, coalesce(last_error, '') FROM \(unescaped: context.database.schema.runs)
            WHERE queue = ANY(\(Demo.queues)) AND (attempt > 1 OR flow_state NOT IN ('success', 'pending', 'running'))
            ORDER BY created_at
            """)
        {
            let (runID, flow, state, attempt, error) = try row.decode((UUID, String, String, Int32, String).self)
            var line = "run \(short(runID)) of \(flow): \(state) after \(attempt) attempts"
            if !error.isEmpty { line += " (\(error))" }
            report.notableRuns.append(line)
        }
        return report
    }

    /// The table of volumes, then the quota and the board.
    var text: String {
        let header = ["id", "name", "size", "status", "host"]
        let rows = volumes.map { [$0.id.uuidString.lowercased(), $0.name, "\($0.size) GB", $0.status, $0.host ?? "-"] }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }
        var lines = [line(header)] + rows.map(line)
        if volumes.isEmpty { lines.append("(no volumes)") }
        lines.append("")
        lines.append(
            "quota of project \(Demo.project): in use \(inUse.volumes) volumes / \(inUse.gigabytes) GB, "
                + "reserved \(reserved.volumes) / \(reserved.gigabytes) GB, limit \(limit.volumes) / \(limit.gigabytes) GB")
        let board = runs.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        lines.append("runs on the board: \(board.isEmpty ? "none" : board)")
        lines += notableRuns.map { "  \($0)" }
        return lines.joined(separator: "\n")
    }

    /// What is not settled or does not add up: volumes still `creating` or in another state than
    /// `available` and `error`, runs still open or that did not end `done`, reservations still
    /// held, and an in-use quota other than the sum of the volumes that are not in `error`.
    var problems: [String] {
        var problems: [String] = []
        for volume in volumes where volume.status != "available" && volume.status != "error" {
            problems.append("volume \(volume.name) (\(volume.id)) is \(volume.status)")
        }
        for (state, count) in runs where state != "done" {
            problems.append("\(count) runs are \(state) on the board")
        }
        if reserved.volumes != 0 || reserved.gigabytes != 0 {
            problems.append("\(reserved.volumes) reservations (\(reserved.gigabytes) GB) are still held")
        }
        let kept = volumes.filter { $0.status != "error" }
        let keptGigabytes = kept.reduce(0) { $0 + $1.size }
        if inUse.gigabytes != keptGigabytes || inUse.volumes != kept.count {
            problems.append(
                "quota in use is \(inUse.volumes) volumes / \(inUse.gigabytes) GB, but the volumes not in error "
                    + "are \(kept.count) / \(keptGigabytes) GB")
        }
        return problems
    }
}
