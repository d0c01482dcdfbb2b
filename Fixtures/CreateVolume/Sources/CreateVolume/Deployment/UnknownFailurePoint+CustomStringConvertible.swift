extension UnknownFailurePoint: CustomStringConvertible {
    public var description: String {
        let known = Deployment.failurePoints.joined(separator: ", ")
        return task == "on_failure_reschedule"
            ? "on_failure_reschedule does nothing when it runs, so it cannot fail; choose one of: \(known)"
            : "no task named \(task); choose one of: \(known)"
    }
}
