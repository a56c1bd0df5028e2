/**
 * Parts of the popup that most opens never show (the add-profile offer, the goal check-in)
 * load their code only once their data says they will show, keeping the first load small.
 */
export async function withCode<T, M>(
  data: Promise<T | null | false>,
  code: () => Promise<M>,
): Promise<{ data: T; code: M } | null> {
  const value = await data;
  return value ? { data: value, code: await code() } : null;
}
