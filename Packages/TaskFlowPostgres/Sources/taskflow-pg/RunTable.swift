import Foundation
import TaskFlowPostgres

/// The job board as `taskflow-pg runs` prints it: one row per run, in aligned columns.
struct RunTable {
    /// The runs, in the order shown.
    var runs: [BoardRun]
    /// The time leases are measured from.
    var now: Date

    /// The longest last error shown; longer ones are cut with "…".
    static let errorWidth = 60

    static let header = ["RUN", "FLOW", "QUEUE", "STATE", "ATTEMPTS", "OWNER", "LEASE", "LAST ERROR"]

    /// The table, header first, without a trailing newline.
    var text: String {
        let rows = [Self.header] + runs.map(cells)
        let widths = Self.header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { column in
                column == row.count - 1 ? row[column] : row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    /// One run's cells.
    func cells(_ run: BoardRun) -> [String] {
        [
            run.runID.description,
            run.flow,
            run.queue,
            state(of: run),
            "\(run.attempt)/\(run.maxAttempts)",
            run.owner ?? "-",
            run.leaseExpires.map(lease) ?? "-",
            run.lastError.map(Self.oneLine) ?? "-",
        ]
    }

    /// The board state, with what is pending on it.
    func state(of run: BoardRun) -> String {
        switch run.state {
        case .running where run.cancelRequested: "running, cancel requested"
        case .available where run.runAt > now: "available in \(Self.interval(run.runAt.timeIntervalSince(now)))"
        default: run.state.rawValue
        }
    }

    /// How long the lease has left, or how long ago it expired.
    func lease(_ expires: Date) -> String {
        let left = expires.timeIntervalSince(now)
        return left >= 0 ? "\(Self.interval(left)) left" : "expired \(Self.interval(-left)) ago"
    }

    /// A duration, rounded up, in its largest unit: `45s`, `3m`, `2h`, `4d`.
    static func interval(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded(.up))
        switch whole {
        case ..<120: return "\(whole)s"
        case ..<7200: return "\(whole / 60)m"
        case ..<172_800: return "\(whole / 3600)h"
        default: return "\(whole / 86400)d"
        }
    }

    /// `text` on one line, cut to ``errorWidth``.
    static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= errorWidth ? flat : flat.prefix(errorWidth - 1) + "…"
    }
}
