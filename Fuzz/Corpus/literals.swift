let s = #"func hidden() {}"#
let t = """
  \(f("x\(y)")) func no()
  """
let r = #/a\/b/#
let q = /[a-z]+/
/* /* nested */ func no() */
func real<T: P>(_ x: inout T, y: @escaping @Sendable (Int) -> Void = { _ in }) rethrows -> some Collection<Int> where T.Element == Int { [] }
