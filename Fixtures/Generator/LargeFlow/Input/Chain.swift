import TaskFlow

/// - Task: step0
///   - provides: v0
func step0(context: Log, seed: Int) -> Int {
    context.record("step0")
    return seed
}

/// - Task: step1
///   - provides: v1
func step1(context: Log, v0: Int) async throws -> Int {
    context.record("step1")
    return v0 + 1
}

/// - Task: step2
///   - provides: v2
func step2(context: Log, v1: Int) -> Int {
    context.record("step2")
    return v1 + 1
}

/// - Task: step3
///   - provides: v3
func step3(context: Log, v2: Int) async throws -> Int {
    context.record("step3")
    return v2 + 1
}

/// - Task: step4
///   - provides: v4
func step4(context: Log, v3: Int) -> Int {
    context.record("step4")
    return v3 + 1
}

/// - Task: step5
///   - provides: v5
///   - revert: undoStep5
func step5(context: Log, v4: Int) async throws -> Int {
    context.record("step5")
    return v4 + 1
}

func undoStep5(context: Log, result: Int?) {
    context.record("undo step5 \(result.map(String.init) ?? "-")")
}

/// - Task: step6
///   - provides: v6
func step6(context: Log, v5: Int) -> Int {
    context.record("step6")
    return v5 + 1
}

/// - Task: step7
///   - provides: v7
func step7(context: Log, v6: Int) async throws -> Int {
    context.record("step7")
    return v6 + 1
}

/// - Task: step8
///   - provides: v8
func step8(context: Log, v7: Int) -> Int {
    context.record("step8")
    return v7 + 1
}

/// - Task: step9
///   - provides: v9
func step9(context: Log, v8: Int) async throws -> Int {
    context.record("step9")
    return v8 + 1
}

/// - Task: step10
///   - provides: v10
func step10(context: Log, v9: Int) -> Int {
    context.record("step10")
    return v9 + 1
}

/// - Task: step11
///   - provides: v11
func step11(context: Log, v10: Int) async throws -> Int {
    context.record("step11")
    return v10 + 1
}

/// - Task: step12
///   - provides: v12
func step12(context: Log, v11: Int) -> Int {
    context.record("step12")
    return v11 + 1
}

/// - Task: step13
///   - provides: v13
func step13(context: Log, v12: Int) async throws -> Int {
    context.record("step13")
    return v12 + 1
}

/// - Task: step14
///   - provides: v14
func step14(context: Log, v13: Int) -> Int {
    context.record("step14")
    return v13 + 1
}

/// - Task: step15
///   - provides: v15
///   - revert: undoStep15
func step15(context: Log, v14: Int) async throws -> Int {
    context.record("step15")
    return v14 + 1
}

func undoStep15(context: Log, result: Int?) {
    context.record("undo step15 \(result.map(String.init) ?? "-")")
}

/// - Task: step16
///   - provides: v16
func step16(context: Log, v15: Int) -> Int {
    context.record("step16")
    return v15 + 1
}

/// - Task: step17
///   - provides: v17
func step17(context: Log, v16: Int) async throws -> Int {
    context.record("step17")
    return v16 + 1
}

/// - Task: step18
///   - provides: v18
func step18(context: Log, v17: Int) -> Int {
    context.record("step18")
    return v17 + 1
}

/// - Task: step19
///   - provides: v19
func step19(context: Log, v18: Int) async throws -> Int {
    context.record("step19")
    return v18 + 1
}

/// - Task: step20
///   - provides: v20
func step20(context: Log, v19: Int) -> Int {
    context.record("step20")
    return v19 + 1
}

/// - Task: step21
///   - provides: v21
func step21(context: Log, v20: Int) async throws -> Int {
    context.record("step21")
    return v20 + 1
}

/// - Task: step22
///   - provides: v22
func step22(context: Log, v21: Int) -> Int {
    context.record("step22")
    return v21 + 1
}

/// - Task: step23
///   - provides: v23
func step23(context: Log, v22: Int) async throws -> Int {
    context.record("step23")
    return v22 + 1
}

/// - Task: step24
///   - provides: v24
func step24(context: Log, v23: Int) -> Int {
    context.record("step24")
    return v23 + 1
}

/// - Task: step25
///   - provides: v25
///   - revert: undoStep25
func step25(context: Log, v24: Int, fail_at: Int) async throws -> Int {
    context.record("step25")
    if fail_at == 25 { throw InjectedFailure(task: "step25") }
    return v24 + 1
}

func undoStep25(context: Log, result: Int?) {
    context.record("undo step25 \(result.map(String.init) ?? "-")")
}

/// - Task: step26
///   - provides: v26
func step26(context: Log, v25: Int) -> Int {
    context.record("step26")
    return v25 + 1
}

/// - Task: step27
///   - provides: v27
func step27(context: Log, v26: Int) async throws -> Int {
    context.record("step27")
    return v26 + 1
}

/// - Task: step28
///   - provides: v28
func step28(context: Log, v27: Int) -> Int {
    context.record("step28")
    return v27 + 1
}

/// - Task: step29
///   - provides: v29
func step29(context: Log, v28: Int) async throws -> Int {
    context.record("step29")
    return v28 + 1
}

/// - Task: side1
///   - provides: w1
///   - revert: undoSide1
func side1(context: Log, v9: Int) async -> Int {
    context.record("side1")
    return v9 * 1
}

func undoSide1(context: Log, result: Int) {
    context.record("undo side1")
}

/// - Task: side2
///   - provides: w2
///   - revert: undoSide2
func side2(context: Log, v9: Int) async -> Int {
    context.record("side2")
    return v9 * 2
}

func undoSide2(context: Log, result: Int) {
    context.record("undo side2")
}

/// - Task: side3
///   - provides: w3
///   - revert: undoSide3
func side3(context: Log, v9: Int) async -> Int {
    context.record("side3")
    return v9 * 3
}

func undoSide3(context: Log, result: Int) {
    context.record("undo side3")
}

/// - Task: side4
///   - provides: w4
///   - revert: undoSide4
func side4(context: Log, v9: Int) async -> Int {
    context.record("side4")
    return v9 * 4
}

func undoSide4(context: Log, result: Int) {
    context.record("undo side4")
}

/// - Task: side5
///   - provides: w5
///   - revert: undoSide5
func side5(context: Log, v9: Int) async -> Int {
    context.record("side5")
    return v9 * 5
}

func undoSide5(context: Log, result: Int) {
    context.record("undo side5")
}

/// Five side tasks that run at once.
///
/// - Flow: side_work
///   - pattern: unordered
///   - tasks: side1, side2, side3, side4, side5
enum SideWork {}

/// A flow large enough for the stepwise builders: 35 tasks, 36 outputs.
///
/// - Flow: long_chain
///   - tasks: step0, step1, step2, step3, step4, step5, step6, step7, step8, step9, SideWork, step10, step11, step12, step13, step14, step15, step16, step17, step18, step19, step20, step21, step22, step23, step24, step25, step26, step27, step28, step29
enum LongChain {}
