import numpy as np, statsmodels.api as sm
np.set_printoptions(precision=17, linewidth=150)
# Fixed data (typed literally in the Swift test): 24 months, intervention at month 13.
counts = np.array([52, 61, 48, 57, 66, 59, 71, 63, 58, 74, 69, 80,
                   60, 55, 67, 52, 58, 49, 61, 54, 47, 56, 50, 45], dtype=float)
population = np.array([10200, 10230, 10250, 10290, 10310, 10350, 10380, 10400, 10430, 10470, 10490, 10520,
                       10560, 10580, 10610, 10650, 10680, 10700, 10730, 10770, 10800, 10820, 10850, 10890], dtype=float)
t = np.arange(1, 25, dtype=float)
post = (t >= 13).astype(float)
tpost = np.where(t >= 13, t - 12, 0.0)
X = np.column_stack([np.ones(24), t, post, tpost])
off = np.log(population)
clusters = (np.arange(24) % 6) + 1   # six interleaved clusters of four months
weights = np.array([1.0, 2.0, 1.0, 0.5, 1.0, 1.5] * 4)
def show(tag, r):
    print(tag, "params", repr(r.params)); print(tag, "bse", repr(r.bse))
m = sm.GLM(counts, X, family=sm.families.Poisson(), offset=off)
r = m.fit()
show("poisson", r)
print("deviance", repr(r.deviance), "pearson", repr(r.pearson_chi2), "llf", repr(r.llf), "iterations", r.fit_history["iteration"], "df_resid", r.df_resid)
print("cov", repr(r.cov_params()))
q = m.fit(scale="X2")
show("quasi", q); print("quasi scale", repr(q.scale), "iterations", q.fit_history["iteration"])
h0 = m.fit(cov_type="HC0"); show("HC0", h0)
h1 = m.fit(cov_type="HC1"); show("sm-HC1", h1)
c = m.fit(cov_type="cluster", cov_kwds={"groups": clusters}); show("cluster", c)
# counterfactual: intervention terms set to zero, months 13..24
Xcf = X.copy(); Xcf[:, 2] = 0; Xcf[:, 3] = 0
print("counterfactual mu", repr(r.predict(Xcf[12:], offset=off[12:])))
print("fitted mu[0], mu[23]", repr(r.fittedvalues[0]), repr(r.fittedvalues[23]))
# prior (variance) weights
mw = sm.GLM(counts, X, family=sm.families.Poisson(), offset=off, var_weights=weights)
rw = mw.fit(); show("weighted", rw)
print("weighted deviance", repr(rw.deviance), "pearson", repr(rw.pearson_chi2), "iterations", rw.fit_history["iteration"])
show("weighted HC0", mw.fit(cov_type="HC0"))
show("weighted cluster", mw.fit(cov_type="cluster", cov_kwds={"groups": clusters}))
# no offset
r0 = sm.GLM(counts, X, family=sm.families.Poisson()).fit(); show("nooffset", r0); print("nooffset deviance", repr(r0.deviance))
# Independent check of the weighted sandwich (statsmodels warns var_weights + cov_type is not fully supported):
mu = rw.fittedvalues; B = np.linalg.inv(X.T @ (X * (weights * mu)[:, None])); s = X * (weights * (counts - mu))[:, None]
print("manual weighted HC0 bse", repr(np.sqrt(np.diag(B @ (s.T @ s) @ B))))
S = np.array([s[clusters == k].sum(0) for k in range(1, 7)]); G = 6; n, p = X.shape
print("manual weighted cluster bse", repr(np.sqrt(np.diag(B @ (S.T @ S) @ B) * G / (G - 1) * (n - 1) / (n - p))))
mu = r.fittedvalues; B = np.linalg.inv(X.T @ (X * mu[:, None])); s = X * (counts - mu)[:, None]
print("manual HC1 bse (R sandwich HC1)", repr(np.sqrt(np.diag(B @ (s.T @ s) @ B) * n / (n - p))))
