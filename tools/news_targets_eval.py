"""Measures news targets (issue 11, part 5) on docs/eval/news-targets.tsv with the packaged jar (`vigil analyze`,
kind ARTICLE) against a registry built from the annotations. The article texts are not in the repository (stored page
text may not be copied): `texts.py` beside this script must provide load_texts() -> ({url: text}, ...), re-read from
the URLs of the TSV (the search tool's stored pages). Usage: python3 tools/news_targets_eval.py [TSV] (WORK dir from
the NEWS_EVAL_WORK environment variable, default /tmp/news-eval). See docs/model-card.md, "Targets from the whole
article" and "Events at a post"."""
import os
WORK = os.environ.get('NEWS_EVAL_WORK', '/tmp/news-eval')
os.makedirs(WORK, exist_ok=True)
import json, hashlib, subprocess, sys, re, unicodedata, collections
from texts import load_texts
T,_=load_texts()
TSV=sys.argv[1] if len(sys.argv) > 1 else 'docs/eval/news-targets.tsv'
A=[]
for l in open(TSV).read().splitlines()[1:]:
    u,lang,sp,ms,ps,ns=(l.split('\t')+['']*6)[:6]
    A.append(dict(url=u,lang=lang,split=sp,missions=[tuple(m.split(':')) for m in ms.split(';') if m],persons=[p for p in ps.split(';') if p],nontargets=[n for n in ns.split(';') if n]))
def slug(s): return re.sub(r'[^a-z0-9]+','-',unicodedata.normalize('NFKD',s).encode('ascii','ignore').decode().lower()).strip('-')
KIND={'EMBASSY':'embassy','CONSULATE':'consulate','CONSULATE_GENERAL':'consulate-general','OTHER':'other','PERMANENT_MISSION':'permanent-mission'}
def kind(m): return m[3] if len(m)>3 else 'EMBASSY'
def mid(m): return f"{m[0].lower()}-{KIND[kind(m)]}-{slug(m[2])}"
PEOPLE={"Andrei Karlov":("AMBASSADOR",("RU","TR","Ankara")),"Chris Stevens":("AMBASSADOR",("US","LY","Tripoli")),
 "José Octavio Bordón":("AMBASSADOR",("AR","CL","Santiago")),"Eric Chevallier":("AMBASSADOR",("FR","SY","Damascus"))}
def pid(n): return slug(n)
def registry():
    miss={}
    golds=[m for x in A for m in x['missions']]+[m for _,(r,m) in PEOPLE.items()]
    senders=sorted({m[0] for m in golds}|{"US","RU","GB","FR","DE","TR","CN","IR","IL","IT","EG","SA"})
    cities={}
    for m in golds:
        if kind(m)=='EMBASSY': cities.setdefault(slug(m[2]),(m[2],m[1]))
    for m in golds: miss[mid(m)]=(m[0],m[1],m[2],kind(m))
    for c,h in cities.values():
        for s in senders:
            if s!=h: miss.setdefault(mid((s,h,c)),(s,h,c,'EMBASSY'))
    NAME={'EMBASSY':'Embassy','CONSULATE':'Consulate','CONSULATE_GENERAL':'Consulate General','OTHER':'Office','PERMANENT_MISSION':'Permanent Mission'}
    ms=[dict(id=i,kind=k,name=f"{NAME[k]} of {s} in {c}",sendingCountry=s,hostCountry=h,city=c) for i,(s,h,c,k) in sorted(miss.items())]
    ps=[dict(id=pid(n),name=n,role=r,missionId=mid(m)) for n,(r,m) in PEOPLE.items()]
    nons=sorted({n for x in A for n in x['nontargets']}-set(PEOPLE))
    ps+=[dict(id=pid(n) or 'p'+hashlib.md5(n.encode()).hexdigest()[:8],name=n,role="OTHER") for n in nons]
    return dict(missions=ms,people=ps)
def gold(x):
    g={mid(m) for m in x['missions']}
    for p in x['persons']: g.add(pid(p)); g.add(mid(PEOPLE[p][1]))
    return g
def prf(t,f,n):
    p=t/(t+f) if t+f else 0; r=t/(t+n) if t+n else 0; return p,r,(2*p*r/(p+r) if p+r else 0)
if __name__=='__main__':
    jar=sys.argv[1]; which=sys.argv[2]; out=sys.argv[3] if len(sys.argv)>3 else None
    reg=registry(); json.dump(reg,open(WORK+'/registry.json','w'),ensure_ascii=False,indent=1)
    pids={p['id'] for p in reg['people']}
    docs=[(i,x) for i,x in enumerate(A) if which=='all' or x['split']==which]
    with open(WORK+'/docs-%s.jsonl'%which,'w') as f:
        for i,x in docs:
            lang,title,text=T[x['url']]
            d=dict(id=str(i),text=text,language=x['lang'],kind='ARTICLE',url=x['url'])
            if title: d['title']=title
            f.write(json.dumps(d,ensure_ascii=False)+'\n')
    r=subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/java','-jar',jar,'analyze','--registry',WORK+'/registry.json','--input',WORK+'/docs-%s.jsonl'%which],capture_output=True,text=True)
    res={}
    for line in r.stdout.splitlines():
        o=json.loads(line); res[o['id']]=o
    by={'MISSION':[0,0,0],'PERSON':[0,0,0]}; threat=0; exact=0
    lang=collections.defaultdict(lambda:[0,0,0])
    if out: open(out,'w').close()
    for i,x in docs:
        o=res[str(i)]; g=gold(x)
        if o['threat']['level']!='NONE': threat+=1
        pred={t['entityId']:t['type'] for t in o['targets']}
        pp={pid(p) for p in x['persons']}
        gt={e:('PERSON' if e in pp else 'MISSION') for e in g}
        for e,t in pred.items():
            k=0 if e in g else 1; by[t][k]+=1; lang[x['lang']][k]+=1
        for e,t in gt.items():
            if e not in pred: by[t][2]+=1; lang[x['lang']][2]+=1
        exact+= set(pred)==g
        if out: print(i,x['lang'],o['threat']['level'],'gold',sorted(g),'pred',sorted(pred),'' if set(pred)==g else '  <-- DIFF',file=open(out,'a'))
    T3=[sum(v[k] for v in by.values()) for k in range(3)]
    print(f"{which}: {len(docs)} articles, {threat} with a threat level above NONE, {exact} exactly right, languages {dict(collections.Counter(x['lang'] for _,x in docs))}")
    for name,v in list(by.items())+[('ALL',T3)]:
        p,rr,f1=prf(*v); print(f"  {name:8s} tp={v[0]} fp={v[1]} fn={v[2]}  P={p:.2f} R={rr:.2f} F1={f1:.2f}")
    for l,v in sorted(lang.items()):
        p,rr,f1=prf(*v); print(f"  lang {l}: tp={v[0]} fp={v[1]} fn={v[2]}  P={p:.2f} R={rr:.2f} F1={f1:.2f}")
    if r.returncode: print('exit',r.returncode,r.stderr[:500])
