import Testing
import TaskFlow

@Suite struct TaskStateTests {
    static let allowed: Set<[TaskState]> = [
        [.pending, .running], [.pending, .ignored],
        [.running, .success], [.running, .failure],
        [.success, .reverting], [.success, .retrying],
        [.failure, .reverting],
        [.reverting, .reverted], [.reverting, .revertFailure],
        [.reverted, .pending],
        [.retrying, .running],
        [.ignored, .pending],
    ]

    static let everyPair: [(TaskState, TaskState)] = TaskState.allCases.flatMap { from in
        TaskState.allCases.map { to in (from, to) }
    }

    @Test(arguments: everyPair)
    func allowsExactlyTheTransitionsOfTheTable(from: TaskState, to: TaskState) {
        #expect(from.canTransition(to: to) == Self.allowed.contains([from, to]))
    }

    @Test(arguments: everyPair)
    func checkedTransitionThrowsForEveryMoveOutsideTheTable(from: TaskState, to: TaskState) throws {
        if Self.allowed.contains([from, to]) {
            #expect(try from.transition(to: to) == to)
        } else {
            #expect(throws: StateTransitionError(kind: .task, from: from.rawValue, to: to.rawValue)) {
                try from.transition(to: to)
            }
        }
    }

    @Test func revertFailureIsTerminal() {
        #expect(TaskState.revertFailure.successors.isEmpty)
    }

    @Test func onlySuccessAndFailureCountAsHavingRun() {
        #expect(TaskState.allCases.filter(\.hasRun) == [.success, .failure])
    }

    @Test func transitionErrorNamesBothStates() {
        let error = StateTransitionError(kind: .task, from: "pending", to: "reverted")
        #expect(error.description == "a task cannot move from 'pending' to 'reverted'")
    }
}

@Suite struct FlowStateTests {
    static let allowed: Set<[FlowState]> = [
        [.pending, .running], [.pending, .resuming],
        [.running, .success], [.running, .reverting], [.running, .failure], [.running, .suspended],
        [.reverting, .reverted], [.reverting, .failure],
        [.success, .running], [.success, .pending],
        [.failure, .running],
        [.reverted, .pending],
        [.suspended, .resuming],
        [.resuming, .running], [.resuming, .suspended],
    ]

    static let everyPair: [(FlowState, FlowState)] = FlowState.allCases.flatMap { from in
        FlowState.allCases.map { to in (from, to) }
    }

    @Test(arguments: everyPair)
    func allowsExactlyTheTransitionsOfTheTable(from: FlowState, to: FlowState) {
        #expect(from.canTransition(to: to) == Self.allowed.contains([from, to]))
    }

    @Test(arguments: everyPair)
    func checkedTransitionThrowsForEveryMoveOutsideTheTable(from: FlowState, to: FlowState) throws {
        if Self.allowed.contains([from, to]) {
            #expect(try from.transition(to: to) == to)
        } else {
            #expect(throws: StateTransitionError(kind: .flow, from: from.rawValue, to: to.rawValue)) {
                try from.transition(to: to)
            }
        }
    }

    @Test func aFailedRunEndsRevertedOrFailedThroughReverting() {
        #expect(FlowState.running.successors.contains(.reverting))
        #expect(FlowState.reverting.successors == [.failure, .reverted])
    }
}
