"""Taylor coefficients d[k][n] of Temme's c_k(eta) in the uniform asymptotic expansion

    Q(a, x) = erfc(eta * sqrt(a/2)) / 2 + exp(-a eta^2 / 2) / sqrt(2 pi a) * sum_k c_k(eta) a^-k

with lambda = x/a and eta = sign(lambda - 1) sqrt(2 (lambda - 1 - ln lambda)) (DLMF 8.12.3-8.12.10;
Temme 1979). c_0 = 1/(lambda - 1) - 1/eta and c_k = c_{k-1}'(eta)/eta + (-1)^k g_k/(lambda - 1), where
g_k are the Stirling coefficients of Gamma*(a) ~ sum g_k a^-k (DLMF 8.12.9, 5.11.3).
Truncated power series in eta with 80-digit mpmath arithmetic; prints Swift array literals."""
import sys, mpmath as mp
mp.mp.dps = 80
K = int(sys.argv[1]) if len(sys.argv) > 1 else 8      # number of c_k
N = int(sys.argv[2]) if len(sys.argv) > 2 else 25     # Taylor terms per c_k
M = N + 2 * K + 6                                     # working order

def mul(p, q):
    r = [mp.mpf(0)] * M
    for i, pi in enumerate(p):
        if pi == 0: continue
        for j in range(M - i):
            r[i + j] += pi * q[j]
    return r

# S(mu) = 2 (mu - log(1+mu)) / mu^2 = sum 2 (-1)^n mu^n / (n + 2)
S = [2 * mp.mpf(-1) ** n / (n + 2) for n in range(M)]
# sqrt(S) with s0 = 1
s = [mp.mpf(0)] * M; s[0] = mp.mpf(1)
for n in range(1, M):
    s[n] = (S[n] - sum(s[i] * s[n - i] for i in range(1, n))) / 2
w = [mp.mpf(0)] + s[:M - 1]                  # w(mu) = mu * sqrt(S(mu)) = eta
# revert: mu(eta) = sum b_n eta^n by fixed point m <- eta - (w(m) - m)
def compose(p, m):                            # p(m(eta)), m has zero constant term
    r = [mp.mpf(0)] * M; power = [mp.mpf(0)] * M; power[0] = mp.mpf(1)
    for coef in p:
        r = [ri + coef * pi for ri, pi in zip(r, power)]
        power = mul(power, m)
    return r
m = [mp.mpf(0)] * M; m[1] = mp.mpf(1)
for _ in range(M):
    wm = compose(w, m)
    m = [(1 if i == 1 else 0) - (wm[i] - m[i]) for i in range(M)]
# 1/mu = (1/eta) * 1/(1 + m2 eta + m3 eta^2 ...) ; store as Laurent with offset 1
q = m[1:] + [mp.mpf(0)]                       # mu / eta
inv = [mp.mpf(0)] * M; inv[0] = 1 / q[0]
for n in range(1, M):
    inv[n] = -sum(q[i] * inv[n - i] for i in range(1, n + 1)) / q[0]
# inv_mu(eta) = sum inv[n] eta^(n-1)
g = [mp.mpf(1), mp.mpf(1)/12, mp.mpf(1)/288, mp.mpf(-139)/51840, mp.mpf(-571)/2488320,
     mp.mpf(163879)/209018880, mp.mpf(5246819)/75246796800, mp.mpf(-534703531)/902961561600,
     mp.mpf(-4483131259)/86684309913600, mp.mpf(432261921612371)/514904800886784000]
# c_0 = inv_mu - 1/eta : coefficients of eta^n, n >= 0 -> inv[n+1]
c = [inv[n + 1] for n in range(M - 1)]
cs = [c]
for k in range(1, K):
    # (1/eta) d/deta sum c_n eta^n = sum n c_n eta^(n-2); n = 1 gives eta^-1 which must cancel
    deriv = {n - 2: n * c[n] for n in range(1, len(c))}
    pole = deriv.get(-1, 0) + (-1) ** k * g[k] * inv[0]
    assert abs(pole) < mp.mpf(10) ** -60, (k, pole)
    c = [deriv.get(n, 0) + (-1) ** k * g[k] * inv[n + 1] for n in range(len(c) - 3)]
    cs.append(c)
if __name__ == "__main__":
    for k, ck in enumerate(cs):
        print(f"        // c_{k}(eta)")
        print("        [" + ", ".join(mp.nstr(x, 17, min_fixed=0, max_fixed=0) for x in ck[:N]) + "],")
