import numpy as np, statsmodels.api as sm
counts=np.array([52,48,55,60,58,50,47,53,61,57,54,59, 44,41,46,43,40,45,39,42,38,41,37,40],dtype=float)
pop=np.array([10000+25*i for i in range(24)],dtype=float)
n=24; start=12
t=np.arange(1,n+1); post=(np.arange(n)>=start).astype(float); since=np.maximum(0,np.arange(n)-start).astype(float)
X=np.column_stack([np.ones(n),t,post,since])
Xcf=X.copy(); Xcf[:,2]=0; Xcf[:,3]=0
off=np.log(pop)
for name,scale in [("poisson",None),("quasi","X2")]:
    m=sm.GLM(counts,X,family=sm.families.Poisson(),offset=off)
    r=m.fit(scale=scale) if scale else m.fit()
    V=r.cov_params()
    mu=np.exp(Xcf@r.params+off)
    w=np.arange(n)>=start
    A=(mu[w]-counts[w]).sum(); g=(mu[w,None]*Xcf[w]).sum(0); se=np.sqrt(g@V@g)
    print(name, repr(r.params.tolist()), repr(r.bse.tolist()))
    print(" A",repr(A),"se",repr(se), "rr", repr(np.exp(r.params[2])), repr(np.exp(r.conf_int(0.05)[2]).tolist()))
    print(" pearson", repr(r.pearson_chi2), "pvalues", repr(r.pvalues.tolist()))
r=sm.OLS(counts,X).fit(cov_type='HAC',cov_kwds={'maxlags':2})
V=r.cov_params(); cf=Xcf@r.params; w=np.arange(n)>=start
A=(cf[w]-counts[w]).sum(); g=Xcf[w].sum(0); se=np.sqrt(g@V@g)
print("ols", repr(r.params.tolist()), repr(r.bse.tolist()), "A", repr(A), "se", repr(se))
from scipy import stats
print("t crit 20", repr(stats.t.ppf(0.975,20)), "pvals ols t(20)", repr((2*stats.t.sf(np.abs(r.params/r.bse),20)).tolist()))
