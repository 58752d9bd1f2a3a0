"""Reference values for Tests/ResilienceNumericsTests from scipy.stats, cross-checked with mpmath.

Run in a virtual environment OUTSIDE the package:
    python3 -m venv /work/helpers/venv-distributions
    /work/helpers/venv-distributions/bin/pip install numpy scipy mpmath
    /work/helpers/venv-distributions/bin/python Scripts/reference_values.py normal|t|chi2|special

Prints Swift array literals to paste into the test files. Every scipy value is also recomputed with
mpmath at 50 digits. Where scipy is off by more than 1e-13 relative, the mpmath value is used
instead (a quantile is refined by one 50-digit Newton step) and the row says so in a comment. The
largest disagreements are printed on stderr.
"""
import math
import sys

import mpmath as mp
import scipy
from scipy import stats

mp.mp.dps = 50
worst = [0.0, None]
worst_quantile = [0.0, None]
notes = []


def check(value, exact, label):
    """Return scipy's value, or mpmath's where scipy is off by more than 1e-13 (noted in the row)."""
    if exact == 0 or abs(exact) < mp.mpf("1e-300"):
        return value
    error = float(abs(mp.mpf(value) - exact) / abs(exact))
    if error > worst[0]:
        worst[:] = [error, label]
    if error > 1e-13:
        notes.append(f"{label.split()[1]} from mpmath (scipy off by {error:.1e})")
        return float(exact)
    return value


def check_quantile(x, tail_at_x, density_at_x, target, label, upper=False):
    """Return scipy's quantile x, or x refined by one 50-digit Newton step where it is off by more
    than 1e-13 relative (noted in the row). `tail_at_x` is the lower tail, or the upper one if `upper`."""
    if x == 0 or density_at_x == 0 or not math.isfinite(x):
        return x
    step = (tail_at_x - target) / density_at_x * (-1 if upper else 1)
    error = float(abs(step / mp.mpf(x)))
    if error > worst_quantile[0]:
        worst_quantile[:] = [error, label]
    if error > 1e-13:
        notes.append(f"{label.split()[1]} refined by mpmath (scipy off by {error:.1e})")
        return float(mp.mpf(x) - step)
    return x


def row_note():
    text = ("  // " + "; ".join(notes)) if notes else ""
    notes.clear()
    return text


def swift(x):
    if x == math.inf:
        return ".infinity"
    if x == -math.inf:
        return "-.infinity"
    return repr(float(x))


def normal_tail(z):
    return mp.erfc(mp.mpf(z) / mp.sqrt(2)) / 2


def t_tail(nu, t):
    """P(T > |t|) = I_x(nu/2, 1/2) / 2, x = nu / (nu + t^2); integrated for huge nu."""
    nu, t = mp.mpf(nu), abs(mp.mpf(t))
    if nu == mp.inf:
        return normal_tail(t)
    log_b = mp.log(mp.beta(nu / 2, mp.mpf(1) / 2))
    density = lambda s: mp.exp(-(nu + 1) / 2 * mp.log1p(s * s / nu) - log_b) / mp.sqrt(nu)
    if nu < 1e4:
        return mp.betainc(nu / 2, mp.mpf(1) / 2, 0, nu / (nu + t * t), regularized=True) / 2
    if t < 3:
        return mp.mpf(1) / 2 - mp.quad(density, [0, t])
    l0 = mp.log1p(t * t / nu)
    ratio = lambda r: mp.exp(-(nu + 1) / 2 * (mp.log1p((t + r) ** 2 / nu) - l0))
    return density(t) * mp.quad(ratio, [k / t for k in (0, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128)] + [mp.inf])


def t_density(nu, t):
    nu, t = mp.mpf(nu), mp.mpf(t)
    if nu == mp.inf:
        return mp.npdf(t)
    return mp.exp(-(nu + 1) / 2 * mp.log1p(t * t / nu)) / (mp.sqrt(nu) * mp.beta(nu / 2, mp.mpf(1) / 2))


def chi2_density(k, x):
    a, z = mp.mpf(k) / 2, mp.mpf(x) / 2
    return mp.exp((a - 1) * mp.log(z) - z - mp.loggamma(a)) / 2


def normal_table():
    rows = []
    for x in [-37.5, -30.0, -20.0, -10.0, -5.0, -3.0, -1.96, -1.0, -0.5, 0.0, 0.3, 1.0, 1.6448536269514722,
              2.5, 5.0, 8.2, 10.0, 20.0, 30.0, 37.5]:
        cdf = check(stats.norm.cdf(x), normal_tail(-x), f"norm cdf {x}")
        sf = check(stats.norm.sf(x), normal_tail(x), f"norm sf {x}")
        pdf = check(stats.norm.pdf(x), mp.npdf(x), f"norm pdf {x}")
        rows.append(f"        .init({swift(x)}, cdf: {swift(cdf)}, survival: {swift(sf)}, density: {swift(pdf)}),"
                    + row_note())
    print("    // Standard normal: x, cdf, sf, pdf")
    print("\n".join(rows))
    rows = []
    for x in [-7.0, -1.0, 3.0, 4.5, 9.0, 25.0]:
        z = (mp.mpf(x) - 3) / 2
        cdf = check(stats.norm.cdf(x, 3, 2), normal_tail(-z), f"norm cdf {x}")
        sf = check(stats.norm.sf(x, 3, 2), normal_tail(z), f"norm sf {x}")
        pdf = check(stats.norm.pdf(x, 3, 2), mp.npdf(z) / 2, f"norm pdf {x}")
        rows.append(f"        .init({swift(x)}, cdf: {swift(cdf)}, survival: {swift(sf)}, density: {swift(pdf)}),"
                    + row_note())
    print("    // N(3, 2^2): x, cdf, sf, pdf")
    print("\n".join(rows))
    rows = []
    for p in [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 0.9999999]:
        ppf, isf = stats.norm.ppf(p), stats.norm.isf(p)
        ppf = check_quantile(ppf, normal_tail(-ppf), mp.npdf(ppf), mp.mpf(p), f"norm ppf {p}")
        isf = check_quantile(isf, normal_tail(isf), mp.npdf(isf), mp.mpf(p), f"norm isf {p}", upper=True)
        rows.append(f"        .init({swift(p)}, quantile: {swift(ppf)}, inverseSurvival: {swift(isf)}),{row_note()}")
    print("    // p, ppf(p), isf(p)")
    print("\n".join(rows))


def t_table():
    dfs = [0.5, 1.0, 2.0, 2.5, 5.0, 30.0, 150.0, 1000.0, 4e6, math.inf]
    ts = [-40.0, -5.0, -2.2, -0.7, 0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0, 40.0, 1000.0, 1e5]
    rows = []
    for nu in dfs:
        for t in ts:
            cdf, sf, pdf = stats.t.cdf(t, nu), stats.t.sf(t, nu), stats.t.pdf(t, nu)
            two = 2 * stats.t.sf(abs(t), nu)
            if min(cdf, sf, pdf) < 1e-300:
                continue  # underflow: checked separately in the tests
            tail = t_tail(nu, t)
            cdf = check(cdf, tail if t < 0 else 1 - tail, f"t cdf {nu} {t}")
            sf = check(sf, tail if t > 0 else 1 - tail, f"t sf {nu} {t}")
            pdf = check(pdf, t_density(nu, t), f"t pdf {nu} {t}")
            two = check(two, 2 * tail, f"t twoSided {nu} {t}")
            rows.append(f"        .init({swift(nu)}, {swift(t)}, cdf: {swift(cdf)}, survival: {swift(sf)}, "
                        f"density: {swift(pdf)}, twoSided: {swift(min(1.0, two))}),{row_note()}")
    print("    // df, t, cdf, sf, pdf, 2 sf(|t|)")
    print("\n".join(rows))
    rows = []
    for nu in dfs:
        for p in [1e-12, 1e-6, 0.001, 0.025, 0.1, 0.3, 0.5, 0.6, 0.9, 0.975, 0.999]:
            ppf, isf = stats.t.ppf(p, nu), stats.t.isf(p, nu)
            if ppf != 0:
                lower = t_tail(nu, ppf) if ppf < 0 else 1 - t_tail(nu, ppf)
                ppf = check_quantile(ppf, lower, t_density(nu, ppf), mp.mpf(p), f"t ppf {nu} {p}")
                upper = t_tail(nu, isf) if isf > 0 else 1 - t_tail(nu, isf)
                isf = check_quantile(isf, upper, t_density(nu, isf), mp.mpf(p), f"t isf {nu} {p}", upper=True)
            rows.append(f"        .init({swift(nu)}, {swift(p)}, quantile: {swift(ppf)}, inverseSurvival: {swift(isf)}),"
                        + row_note())
    print("    // df, p, ppf(p), isf(p)")
    print("\n".join(rows))


def chi2_table():
    dfs = [0.5, 1.0, 2.0, 3.0, 10.0, 100.0, 1000.0, 1e6]
    rows = []
    for k in dfs:
        xs = [1e-8, 0.01, 0.5, 1.0, 2.0, 3.84, 7.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0]
        if k >= 10:
            xs += [0.5 * k, 0.9 * k, k, 1.1 * k, 1.3 * k, 2.0 * k]
        for x in sorted(set(xs)):
            cdf, sf, pdf = stats.chi2.cdf(x, k), stats.chi2.sf(x, k), stats.chi2.pdf(x, k)
            if min(cdf, sf, pdf) < 1e-300:
                continue
            a, z = mp.mpf(k) / 2, mp.mpf(x) / 2
            cdf = check(cdf, mp.gammainc(a, 0, z, regularized=True), f"chi2 cdf {k} {x}")
            sf = check(sf, mp.gammainc(a, z, mp.inf, regularized=True), f"chi2 sf {k} {x}")
            pdf = check(pdf, chi2_density(k, x), f"chi2 pdf {k} {x}")
            rows.append(f"        .init({swift(k)}, {swift(x)}, cdf: {swift(cdf)}, survival: {swift(sf)}, "
                        f"density: {swift(pdf)}),{row_note()}")
    print("    // df, x, cdf, sf, pdf")
    print("\n".join(rows))
    rows = []
    for k in dfs:
        a = mp.mpf(k) / 2
        for p in [1e-12, 1e-6, 0.001, 0.025, 0.05, 0.3, 0.5, 0.9, 0.95, 0.975, 0.999]:
            ppf, isf = stats.chi2.ppf(p, k), stats.chi2.isf(p, k)
            lower = mp.gammainc(a, 0, mp.mpf(ppf) / 2, regularized=True)
            ppf = check_quantile(ppf, lower, chi2_density(k, ppf), mp.mpf(p), f"chi2 ppf {k} {p}")
            upper = mp.gammainc(a, mp.mpf(isf) / 2, mp.inf, regularized=True)
            isf = check_quantile(isf, upper, chi2_density(k, isf), mp.mpf(p), f"chi2 isf {k} {p}", upper=True)
            rows.append(f"        .init({swift(k)}, {swift(p)}, quantile: {swift(ppf)}, inverseSurvival: {swift(isf)}),"
                        + row_note())
    print("    // df, p, ppf(p), isf(p)")
    print("\n".join(rows))


def special_table():
    from scipy import special
    print("    // x, log Gamma(x)  (scipy.special.gammaln)")
    for x in [1e-10, 0.25, 0.5, 1.0, 1.5, 2.0, 3.7, 10.0, 100.5, 1e6, 1e15]:
        v = check(special.gammaln(x), mp.loggamma(x), f"special gammaln {x}")
        print(f"        .init({swift(x)}, {swift(v)}),{row_note()}")
    print("    // a, b, log B(a, b)  (scipy.special.betaln)")
    for a, b in [(0.5, 0.5), (1.0, 1.0), (2.5, 0.5), (9.5, 0.5), (10.0, 0.5), (500.0, 0.5), (2e6, 0.5),
                 (1e15, 0.5), (20.0, 30.0), (1e5, 1e5), (3.0, 1e7)]:
        exact = mp.log(mp.beta(a, b))
        v = check(special.betaln(a, b), exact, f"special betaln {a} {b}")
        print(f"        .init({swift(a)}, {swift(b)}, {swift(v)}),{row_note()}")
    print("    // x, stirling remainder = log Gamma(x) - ((x - 1/2) log x - x + log(2 pi)/2)  (mpmath)")
    for x in [10.0, 10.5, 50.0, 1e3, 1e5, 1e10]:
        x_ = mp.mpf(x)
        print(f"        .init({swift(x)}, {swift(mp.loggamma(x_) - ((x_ - 0.5) * mp.log(x_) - x_ + mp.log(2 * mp.pi) / 2))}),")
    print("    // x, log(1 + x) - x  (mpmath)")
    for x in [-0.9, -0.5, -0.1, -1e-5, 1e-10, 0.3, 0.5, 0.50001, 2.0, 100.0]:
        print(f"        .init({swift(x)}, {swift(mp.log1p(mp.mpf(x)) - x)}),")
    print("    // a, x, P(a, x), Q(a, x)  (scipy.special.gammainc / gammaincc)")
    for a, x in [(0.25, 1e-6), (0.25, 1.2), (0.25, 30.0), (1.0, 1e-300), (1.0, 0.5), (1.5, 2.5), (1.5, 400.0),
                 (5.0, 5.0), (5.0, 6.0), (5.0, 60.0), (49.0, 49.0), (50.0, 29.999), (50.0, 30.0), (50.0, 50.0),
                 (50.0, 70.0), (50.0, 70.001), (500.0, 450.0), (500.0, 800.0), (5e5, 499000.0), (5e5, 5e5),
                 (5e5, 503000.0)]:
        a_, x_ = mp.mpf(a), mp.mpf(x)
        lower = check(special.gammainc(a, x), mp.gammainc(a_, 0, x_, regularized=True), f"special P {a} {x}")
        upper = check(special.gammaincc(a, x), mp.gammainc(a_, x_, mp.inf, regularized=True), f"special Q {a} {x}")
        print(f"        .init({swift(a)}, {swift(x)}, lower: {swift(lower)}, upper: {swift(upper)}),{row_note()}")
    print("    // a, b, x, I_x(a, b), 1 - I_x(a, b)  (scipy.special.betainc / betaincc), 1 - x exact")
    for a, b, x in [(0.5, 0.5, 0.25), (2.0, 3.0, 0.5), (2.5, 0.5, 0.9), (2.5, 0.5, 0.001953125), (10.0, 0.5, 0.75),
                    (0.5, 10.0, 0.75), (500.0, 0.5, 0.99609375), (30.0, 40.0, 0.4375), (1.0, 1.0, 0.3125)]:
        a_, b_, x_ = mp.mpf(a), mp.mpf(b), mp.mpf(x)
        value = check(special.betainc(a, b, x), mp.betainc(a_, b_, 0, x_, regularized=True), f"special I {a} {b} {x}")
        complement = check(special.betaincc(a, b, x), mp.betainc(a_, b_, x_, 1, regularized=True),
                           f"special 1-I {a} {b} {x}")
        print(f"        .init({swift(a)}, {swift(b)}, {swift(x)}, value: {swift(value)}, complement: {swift(complement)}),"
              + row_note())
    print("    // p, inverse normal  (scipy.special.ndtri)")
    for p in [1e-300, 1e-20, 1.3887943864964e-11, 1.4e-11, 0.02, 0.075, 0.0750001, 0.3, 0.5, 0.925, 0.98, 0.999999]:
        v = stats.norm.ppf(p)
        v = check_quantile(v, normal_tail(-v), mp.npdf(v), mp.mpf(p), f"special ndtri {p}")
        print(f"        .init({swift(p)}, {swift(v)}),{row_note()}")
    print("    // a, L = -log x, I_x(a, 1/2)  (mpmath; large-a expansion region a >= 10, L <= 2)")
    for a, L in [(10.0, 0.05), (10.0, 2.0), (15.0, 1.0), (50.0, 1e-6), (50.0, 0.01), (50.0, 0.5), (50.0, 2.0), (500.0, 0.1), (500.0, 1.0), (2e6, 1e-5),
                 (2e6, 1e-4), (2e6, 2e-4)]:
        a_, L_ = mp.mpf(a), mp.mpf(L)
        x_ = mp.exp(-L_)
        if a < 1e4:
            v = mp.betainc(a_, mp.mpf(1) / 2, 0, x_, regularized=True)
        else:  # via the t tail: nu = 2a, t^2/nu = e^L - 1
            nu = 2 * a_
            v = 2 * t_tail(nu, mp.sqrt(nu * mp.expm1(L_)))
        print(f"        .init({swift(a)}, {swift(L)}, {swift(v)}),")


if __name__ == "__main__":
    {"normal": normal_table, "t": t_table, "chi2": chi2_table, "special": special_table}[sys.argv[1]]()
    print(f"// scipy {scipy.__version__}; largest scipy-vs-mpmath relative difference {worst[0]:.1e} ({worst[1]}); "
          f"largest quantile error {worst_quantile[0]:.1e} ({worst_quantile[1]})", file=sys.stderr)
