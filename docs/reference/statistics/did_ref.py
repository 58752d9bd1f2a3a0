import numpy as np, pandas as pd, statsmodels.formula.api as smf
from scipy import stats
rng=np.random.default_rng(7)
units=6; T=8; start=4
rows=[]
for u in range(units):
    for t in range(T):
        y=float(rng.integers(20,60)) - (8.0 if (u<2 and t>=start) else 0) + 2*u + t
        rows.append((u,t,y, 1000+100*u))
df=pd.DataFrame(rows,columns=['unit','t','y','pop'])
print("y=",df.y.tolist())
df['D']=((df.unit<2)&(df.t>=start)).astype(float)
for cov,kw in [('nonrobust',{}),('HC1',{}),('cluster',{'groups':df.unit})]:
    r=smf.ols('y ~ D + C(unit) + C(t)',df).fit(cov_type=cov,cov_kwds=kw) if kw else smf.ols('y ~ D + C(unit) + C(t)',df).fit(cov_type=cov)
    print(cov, repr(r.params['D']), repr(r.bse['D']), repr(r.df_resid))
# event study leads 3 lags 2, reference -1, binned
def rel(t): return min(max(t-start,-3),2)
names=[]
for k in [-3,-2,0,1,2]:
    nm=f"e{k+10}"; names.append(nm)
    df[nm]=((df.unit<2)&(df.t.map(rel)==k)).astype(float)
r=smf.ols('y ~ '+'+'.join(names)+' + C(unit) + C(t)',df).fit(cov_type='cluster',cov_kwds={'groups':df.unit})
print("es", repr([r.params[n] for n in names]), repr([r.bse[n] for n in names]))
V=r.cov_params().loc[names[:2],names[:2]].values; b=r.params[names[:2]].values
W=b@np.linalg.solve(V,b); print("wald",repr(W), repr(stats.chi2.sf(W,2)))
w=np.array([0,0,1/3,1/3,1/3]); Vall=r.cov_params().loc[names,names].values
print("mean post", repr(w@r.params[names].values), repr(np.sqrt(w@Vall@w)))
# 2x2 means
tb=[10.,12,11,13]; ta=[7.,8,6]; cb=[9.,10,11]; ca=[9.,9.5,10,10.5]
y=tb+ta+cb+ca; tr=[1]*7+[0]*7; af=[0]*4+[1]*3+[0]*3+[1]*4
d=pd.DataFrame({'y':y,'tr':tr,'af':af})
for cov in ['nonrobust','HC1']:
    r=smf.ols('y ~ tr*af',d).fit(cov_type=cov); print("2x2",cov,repr(r.params['tr:af']),repr(r.bse['tr:af']), repr(r.pvalues['tr:af']))
print("t crit 10", repr(stats.t.ppf(0.975,10)))
