/// The candidate closest to `name` by edit distance, if it is close enough to be a likely typo
/// (at most a third of the name's length: names shorter than three characters get none).
/// - Parameters:
///   - name: What was written.
///   - candidates: What could have been meant.
/// - Returns: The suggestion, or `nil`.
func closestMatch<C: Collection<String>>(to name: String, in candidates: C) -> String? {
    let limit = name.count / 3
    guard limit > 0 else { return nil }
    var best: (name: String, distance: Int)?
    for candidate in candidates where abs(candidate.count - name.count) <= limit && candidate != name {
        let distance = editDistance(name, candidate, limit: limit)
        if distance <= limit, distance < (best?.distance ?? Int.max) || (distance == best?.distance && candidate < best!.name) {
            best = (candidate, distance)
        }
    }
    return best?.name
}

/// The Levenshtein distance between two strings, stopping early above `limit`.
func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowMinimum = current[0]
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            rowMinimum = min(rowMinimum, current[j])
        }
        if rowMinimum > limit { return rowMinimum }
        swap(&previous, &current)
    }
    return previous[b.count]
}
