// Reference values: scipy 1.17.1 (scipy.stats.t), each cross-checked against 50-digit mpmath
// (mpmath.betainc for ν < 10⁴, scaled quadrature of the density beyond), produced by
// Scripts/reference_values.py t:
//
//     from scipy import stats
//     for nu in [0.5, 1, 2, 2.5, 5, 30, 150, 1000, 4e6, inf]:
//         for t in [-40, -5, -2.2, -0.7, 0, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 5, 10, 40, 1000, 1e5]:
//             print(nu, t, stats.t.cdf(t, nu), stats.t.sf(t, nu), stats.t.pdf(t, nu),
//                   2 * stats.t.sf(abs(t), nu))
//         for p in [1e-12, 1e-6, 0.001, 0.025, 0.1, 0.3, 0.5, 0.6, 0.9, 0.975, 0.999]:
//             print(nu, p, stats.t.ppf(p, nu), stats.t.isf(p, nu))
//
// Rows where a value underflows (< 1e-300) are left out. For ν = 1000 scipy's pdf is off by
// 3.8e-13 (it subtracts log-gammas), so those densities are the mpmath values, as the rows say.
extension StudentTDistributionTests {
    static let valueTable: [StudentTValues] = [
        .init(
            0.5, -40.0, cdf: 0.050704899964747176, survival: 0.9492951000352529, density: 0.0006336924404767644,
            twoSided: 0.10140979992949435),
        .init(
            0.5, -5.0, cdf: 0.14299570157942937, survival: 0.8570042984205706, density: 0.014130747946566194,
            twoSided: 0.28599140315885874),
        .init(
            0.5, -2.2, cdf: 0.2130240706318619, survival: 0.7869759293681381, density: 0.04564722095279383,
            twoSided: 0.4260481412637238),
        .init(
            0.5, -0.7, cdf: 0.3427003312603833, survival: 0.6572996687396166, density: 0.16156373673950541,
            twoSided: 0.6854006625207666),
        .init(0.5, 0.0, cdf: 0.5, survival: 0.5, density: 0.2696763005941897, twoSided: 1.0),
        .init(
            0.5, 0.1, cdf: 0.5268341894356968, survival: 0.4731658105643032, density: 0.26570067217740523,
            twoSided: 0.9463316211286064),
        .init(
            0.5, 0.5, cdf: 0.6213409635352818, survival: 0.37865903646471827, density: 0.19896392402617255,
            twoSided: 0.7573180729294365),
        .init(
            0.5, 1.0, cdf: 0.698878389158678, survival: 0.30112161084132205, density: 0.11830465704039261,
            twoSided: 0.6022432216826441),
        .init(
            0.5, 1.5, cdf: 0.7460491046759459, survival: 0.2539508953240542, density: 0.07508803940917724,
            twoSided: 0.5079017906481084),
        .init(
            0.5, 2.0, cdf: 0.7772425549084343, survival: 0.22275744509156564, density: 0.051899228247372614,
            twoSided: 0.4455148901831313),
        .init(
            0.5, 2.5, cdf: 0.7995147354733534, survival: 0.2004852645266466, density: 0.03829062503184499,
            twoSided: 0.4009705290532932),
        .init(
            0.5, 3.0, cdf: 0.8163459220070283, survival: 0.1836540779929717, density: 0.02963313374888408,
            twoSided: 0.3673081559859434),
        .init(
            0.5, 5.0, cdf: 0.8570042984205706, survival: 0.14299570157942937, density: 0.014130747946566194,
            twoSided: 0.28599140315885874),
        .init(
            0.5, 10.0, cdf: 0.8986613236143344, survival: 0.10133867638566559, density: 0.005051795234152221,
            twoSided: 0.20267735277133117),
        .init(
            0.5, 40.0, cdf: 0.9492951000352529, survival: 0.050704899964747176, density: 0.0006336924404767644,
            twoSided: 0.10140979992949435),
        .init(
            0.5, 1000.0, cdf: 0.9898585454591429, survival: 0.010141454540857095, density: 5.070725749210985e-06,
            twoSided: 0.02028290908171419),
        .init(
            0.5, 100000.0, cdf: 0.998985854469861, survival: 0.0010141455301389997, density: 5.070727650542878e-09,
            twoSided: 0.0020282910602779994),
        .init(
            1.0, -40.0, cdf: 0.007956089912025812, survival: 0.9920439100879742, density: 0.00019881941672941338,
            twoSided: 0.015912179824051624),
        .init(
            1.0, -5.0, cdf: 0.0628329581890012, survival: 0.9371670418109987, density: 0.01224268793014579,
            twoSided: 0.1256659163780024),
        .init(
            1.0, -2.2, cdf: 0.13579974878009188, survival: 0.8642002512199081, density: 0.054505117497224434,
            twoSided: 0.27159949756018376),
        .init(
            1.0, -0.7, cdf: 0.30559988778578523, survival: 0.6944001122142147, density: 0.21363079609650384,
            twoSided: 0.6111997755715705),
        .init(1.0, 0.0, cdf: 0.5, survival: 0.5, density: 0.31830988618379075, twoSided: 1.0),
        .init(
            1.0, 0.1, cdf: 0.5317255174305535, survival: 0.4682744825694465, density: 0.31515830315226806,
            twoSided: 0.936548965138893),
        .init(
            1.0, 0.5, cdf: 0.6475836176504333, survival: 0.35241638234956674, density: 0.2546479089470326,
            twoSided: 0.7048327646991335),
        .init(
            1.0, 1.0, cdf: 0.75, survival: 0.25000000000000006, density: 0.15915494309189535,
            twoSided: 0.5000000000000001),
        .init(
            1.0, 1.5, cdf: 0.8128329581890011, survival: 0.18716704181099886, density: 0.09794150344116635,
            twoSided: 0.3743340836219977),
        .init(
            1.0, 2.0, cdf: 0.8524163823495667, survival: 0.14758361765043326, density: 0.06366197723675814,
            twoSided: 0.2951672353008665),
        .init(
            1.0, 2.5, cdf: 0.8788810584091566, survival: 0.12111894159084341, density: 0.04390481188741942,
            twoSided: 0.24223788318168682),
        .init(
            1.0, 3.0, cdf: 0.8975836176504333, survival: 0.10241638234956672, density: 0.03183098861837907,
            twoSided: 0.20483276469913345),
        .init(
            1.0, 5.0, cdf: 0.9371670418109987, survival: 0.0628329581890012, density: 0.01224268793014579,
            twoSided: 0.1256659163780024),
        .init(
            1.0, 10.0, cdf: 0.9682744825694465, survival: 0.03172551743055357, density: 0.0031515830315226798,
            twoSided: 0.06345103486110713),
        .init(
            1.0, 40.0, cdf: 0.9920439100879742, survival: 0.007956089912025812, density: 0.00019881941672941338,
            twoSided: 0.015912179824051624),
        .init(
            1.0, 1000.0, cdf: 0.9996816902199195, survival: 0.0003183097800805589, density: 3.183095678742227e-07,
            twoSided: 0.0006366195601611178),
        .init(
            1.0, 100000.0, cdf: 0.9999968169011383, survival: 3.183098861731804e-06, density: 3.183098861519599e-11,
            twoSided: 6.366197723463608e-06),
        .init(
            2.0, -40.0, cdf: 0.0003122073360923703, survival: 0.9996877926639076, density: 1.5595748834703734e-05,
            twoSided: 0.0006244146721847406),
        .init(
            2.0, -5.0, cdf: 0.018874775675311862, survival: 0.9811252243246882, density: 0.00712778110110649,
            twoSided: 0.037749551350623724),
        .init(
            2.0, -2.2, cdf: 0.07940448790397009, survival: 0.9205955120960299, density: 0.055900519948967275,
            twoSided: 0.15880897580794018),
        .init(
            2.0, -0.7, cdf: 0.2781965123164327, survival: 0.7218034876835673, density: 0.2545077311343285,
            twoSided: 0.5563930246328654),
        .init(2.0, 0.0, cdf: 0.5, survival: 0.5, density: 0.3535533905932738, twoSided: 1.0),
        .init(
            2.0, 0.1, cdf: 0.53526728079293, survival: 0.4647327192070701, density: 0.3509182168450738,
            twoSided: 0.9294654384141402),
        .init(
            2.0, 0.5, cdf: 0.6666666666666666, survival: 0.33333333333333337, density: 0.29629629629629634,
            twoSided: 0.6666666666666667),
        .init(
            2.0, 1.0, cdf: 0.7886751345948129, survival: 0.2113248654051871, density: 0.19245008972987526,
            twoSided: 0.4226497308103742),
        .init(
            2.0, 1.5, cdf: 0.8638034375544994, survival: 0.13619656244550055, density: 0.11413441178180372,
            twoSided: 0.2723931248910011),
        .init(
            2.0, 2.0, cdf: 0.908248290463863, survival: 0.09175170953613698, density: 0.06804138174397716,
            twoSided: 0.18350341907227397),
        .init(
            2.0, 2.5, cdf: 0.9351941398892446, survival: 0.06480586011075541, density: 0.04220064386804796,
            twoSided: 0.12961172022151082),
        .init(
            2.0, 3.0, cdf: 0.9522670168666454, survival: 0.04773298313335456, density: 0.02741012223434214,
            twoSided: 0.09546596626670913),
        .init(
            2.0, 5.0, cdf: 0.9811252243246882, survival: 0.018874775675311862, density: 0.00712778110110649,
            twoSided: 0.037749551350623724),
        .init(
            2.0, 10.0, cdf: 0.9950737714883372, survival: 0.004926228511662845, density: 0.0009707328852712495,
            twoSided: 0.00985245702332569),
        .init(
            2.0, 40.0, cdf: 0.9996877926639076, survival: 0.0003122073360923703, density: 1.5595748834703734e-05,
            twoSided: 0.0006244146721847406),
        .init(
            2.0, 1000.0, cdf: 0.99999950000075, survival: 4.9999925000125e-07, density: 9.999970000075033e-10,
            twoSided: 9.999985000025e-07),
        .init(
            2.0, 100000.0, cdf: 0.99999999995, survival: 4.999999999250001e-11, density: 9.999999996999959e-16,
            twoSided: 9.999999998500001e-11),
        .init(
            2.5, -40.0, cdf: 7.09781714524669e-05, survival: 0.9999290218285475, density: 4.430752414491526e-06,
            twoSided: 0.0001419563429049338),
        .init(
            2.5, -5.0, cdf: 0.011725594985430925, survival: 0.9882744050145691, density: 0.005445551071356422,
            twoSided: 0.02345118997086185),
        .init(
            2.5, -2.2, cdf: 0.06645699270983456, survival: 0.9335430072901655, density: 0.05494218726197083,
            twoSided: 0.13291398541966912),
        .init(
            2.5, -0.7, cdf: 0.271702471594774, survival: 0.728297528405226, density: 0.26451449157131646,
            twoSided: 0.543404943189548),
        .init(2.5, 0.0, cdf: 0.5, survival: 0.5, density: 0.361808724029565, twoSided: 1.0),
        .init(
            2.5, 0.1, cdf: 0.5360967279687552, survival: 0.4639032720312449, density: 0.3592899232783676,
            twoSided: 0.9278065440624897),
        .init(
            2.5, 0.5, cdf: 0.6711510400651426, survival: 0.3288489599348574, density: 0.30622584058582947,
            twoSided: 0.6576979198697148),
        .init(
            2.5, 1.0, cdf: 0.7979694863608632, survival: 0.20203051363913682, density: 0.2007959606709201,
            twoSided: 0.40406102727827364),
        .init(
            2.5, 1.5, cdf: 0.8760817734568519, survival: 0.12391822654314809, density: 0.11766850421719717,
            twoSided: 0.24783645308629618),
        .init(
            2.5, 2.0, cdf: 0.9213042521210171, survival: 0.07869574787898295, density: 0.06796349050979467,
            twoSided: 0.1573914957579659),
        .init(
            2.5, 2.5, cdf: 0.9477150184609223, survival: 0.0522849815390777, density: 0.040398008558866376,
            twoSided: 0.1045699630781554),
        .init(
            2.5, 3.0, cdf: 0.9637119522254841, survival: 0.036288047774515914, density: 0.025041066931393095,
            twoSided: 0.07257609554903183),
        .init(
            2.5, 5.0, cdf: 0.9882744050145691, survival: 0.011725594985430925, density: 0.005445551071356422,
            twoSided: 0.02345118997086185),
        .init(
            2.5, 10.0, cdf: 0.9977792521163463, survival: 0.0022207478836537117, density: 0.0005446371797667945,
            twoSided: 0.0044414957673074235),
        .init(
            2.5, 40.0, cdf: 0.9999290218285475, survival: 7.09781714524669e-05, density: 4.430752414491526e-06,
            twoSided: 0.0001419563429049338),
        .init(
            2.5, 1000.0, cdf: 0.9999999772525361, survival: 2.274746394830745e-08, density: 5.686854929307651e-11,
            twoSided: 4.54949278966149e-08),
        .init(
            2.5, 100000.0, cdf: 0.9999999999997725, survival: 2.2747519231756224e-13, density: 5.686879806833289e-18,
            twoSided: 4.549503846351245e-13),
        .init(
            5.0, -40.0, cdf: 9.205981085886477e-08, survival: 0.9999999079401891, density: 1.1476745739098765e-08,
            twoSided: 1.8411962171772954e-07),
        .init(
            5.0, -5.0, cdf: 0.0020523579900266617, survival: 0.9979476420099733, density: 0.0017574383788078434,
            twoSided: 0.004104715980053323),
        .init(
            5.0, -2.2, cdf: 0.039546948951591186, survival: 0.9604530510484088, density: 0.049803352151145105,
            twoSided: 0.07909389790318237),
        .init(
            5.0, -0.7, cdf: 0.2575744741574082, survival: 0.7424255258425918, density: 0.2867654575766979,
            twoSided: 0.5151489483148164),
        .init(5.0, 0.0, cdf: 0.5, survival: 0.5, density: 0.3796066898224944, twoSided: 1.0),
        .init(
            5.0, 0.1, cdf: 0.5378849294226697, survival: 0.4621150705773302, density: 0.3773381299664312,
            twoSided: 0.9242301411546604),
        .init(
            5.0, 0.5, cdf: 0.6808505641795355, survival: 0.31914943582046457, density: 0.32791853132274645,
            twoSided: 0.6382988716409291),
        .init(
            5.0, 1.0, cdf: 0.8183912661754386, survival: 0.18160873382456144, density: 0.2196797973509805,
            twoSided: 0.3632174676491229),
        .init(
            5.0, 1.5, cdf: 0.9030481598787634, survival: 0.09695184012123664, density: 0.12451734464635511,
            twoSided: 0.1939036802424733),
        .init(
            5.0, 2.0, cdf: 0.9490302605850708, survival: 0.050969739414929174, density: 0.06509031032621647,
            twoSided: 0.10193947882985835),
        .init(
            5.0, 2.5, cdf: 0.9727549503288119, survival: 0.02724504967118813, density: 0.03332623888702283,
            twoSided: 0.05449009934237626),
        .init(
            5.0, 3.0, cdf: 0.9849503760512687, survival: 0.015049623948731293, density: 0.01729257880022295,
            twoSided: 0.030099247897462586),
        .init(
            5.0, 5.0, cdf: 0.9979476420099733, survival: 0.0020523579900266617, density: 0.0017574383788078434,
            twoSided: 0.004104715980053323),
        .init(
            5.0, 10.0, cdf: 0.9999145262121285, survival: 8.547378787148181e-05, density: 4.098981641534332e-05,
            twoSided: 0.00017094757574296363),
        .init(
            5.0, 40.0, cdf: 0.9999999079401891, survival: 9.205981085886477e-08, density: 1.1476745739098765e-08,
            twoSided: 1.8411962171772954e-07),
        .init(
            5.0, 1000.0, cdf: 0.9999999999999906, survival: 9.49006556598986e-15, density: 4.7450124472385916e-17,
            twoSided: 1.898013113197972e-14),
        .init(
            5.0, 100000.0, cdf: 1.0, survival: 9.490167235394329e-25, density: 4.745083615663541e-29,
            twoSided: 1.8980334470788658e-24),
        .init(
            30.0, -40.0, cdf: 6.863022597203209e-28, survival: 1.0, density: 5.055489286173303e-28,
            twoSided: 1.3726045194406417e-27),
        .init(
            30.0, -5.0, cdf: 1.16483427335039e-05, survival: 0.9999883516572665, density: 3.288890205292232e-05,
            twoSided: 2.32966854670078e-05),
        .init(
            30.0, -2.2, cdf: 0.017824219998417892, survival: 0.9821757800015821, density: 0.03894572513297864,
            twoSided: 0.035648439996835785),
        .init(
            30.0, -0.7, cdf: 0.24466022174983582, survival: 0.7553397782501642, density: 0.30777333104241544,
            twoSided: 0.48932044349967163),
        .init(30.0, 0.0, cdf: 0.5, survival: 0.5, density: 0.39563218489409685, twoSided: 1.0),
        .init(
            30.0, 0.1, cdf: 0.5394951941048645, survival: 0.4605048058951356, density: 0.3935936956326784,
            twoSided: 0.9210096117902712),
        .init(
            30.0, 0.5, cdf: 0.6896384975574363, survival: 0.3103615024425636, density: 0.34787857969720376,
            twoSided: 0.6207230048851272),
        .init(
            30.0, 1.0, cdf: 0.8373456922869849, survival: 0.1626543077130151, density: 0.23799334232287925,
            twoSided: 0.3253086154260302),
        .init(
            30.0, 1.5, cdf: 0.927967035435677, survival: 0.072032964564323, density: 0.1289616017396715,
            twoSided: 0.144065929128646),
        .init(
            30.0, 2.0, cdf: 0.9726874775185085, survival: 0.027312522481491547, density: 0.056852275047197844,
            twoSided: 0.054625044962983094),
        .init(
            30.0, 2.5, cdf: 0.9909421754659666, survival: 0.009057824534033344, density: 0.02105701922062158,
            twoSided: 0.01811564906806669),
        .init(
            30.0, 3.0, cdf: 0.9973050179671741, survival: 0.0026949820328259727, density: 0.006779062746093082,
            twoSided: 0.005389964065651945),
        .init(
            30.0, 5.0, cdf: 0.9999883516572665, survival: 1.16483427335039e-05, density: 3.288890205292232e-05,
            twoSided: 2.32966854670078e-05),
        .init(
            30.0, 10.0, cdf: 0.9999999999771237, survival: 2.287625704114809e-11, density: 5.327814578274143e-11,
            twoSided: 4.575251408229618e-11),
        .init(
            30.0, 40.0, cdf: 1.0, survival: 6.863022597203209e-28, density: 5.055489286173303e-28,
            twoSided: 1.3726045194406417e-27),
        .init(
            30.0, 1000.0, cdf: 1.0, survival: 1.0360017415558664e-69, density: 3.107914900970453e-71,
            twoSided: 2.0720034831117328e-69),
        .init(
            30.0, 100000.0, cdf: 1.0, survival: 1.0364534200733127e-129, density: 3.1093602511833237e-133,
            twoSided: 2.0729068401466254e-129),
        .init(
            150.0, -40.0, cdf: 3.23834392808302e-82, survival: 1.0, density: 1.1109733211279403e-81,
            twoSided: 6.47668785616604e-82),
        .init(
            150.0, -5.0, cdf: 7.905907952881094e-07, survival: 0.9999992094092047, density: 3.5132061144459874e-06,
            twoSided: 1.5811815905762189e-06),
        .init(
            150.0, -2.2, cdf: 0.014668358903259232, survival: 0.9853316410967408, density: 0.03621575353380117,
            twoSided: 0.029336717806518465),
        .init(
            150.0, -0.7, cdf: 0.24250576542644703, survival: 0.7574942345735529, density: 0.31135032259250583,
            twoSided: 0.48501153085289406),
        .init(150.0, 0.0, cdf: 0.5, survival: 0.5, density: 0.3982779352963364, twoSided: 1.0),
        .init(
            150.0, 0.1, cdf: 0.5397610734550147, survival: 0.4602389265449854, density: 0.3962783727936608,
            twoSided: 0.9204778530899708),
        .init(
            150.0, 0.5, cdf: 0.6910961068137301, survival: 0.3089038931862699, density: 0.35122305391298625,
            twoSided: 0.6178077863725397),
        .init(
            150.0, 1.0, cdf: 0.8405395227597866, survival: 0.15946047724021342, density: 0.2411663914457267,
            twoSided: 0.31892095448042684),
        .init(
            150.0, 1.5, cdf: 0.9321418721189643, survival: 0.0678581278810357, density: 0.1294196011991711,
            twoSided: 0.1357162557620714),
        .init(
            150.0, 2.0, cdf: 0.9763472371207849, survival: 0.023652762879215118, density: 0.05460870561253789,
            twoSided: 0.047305525758430236),
        .init(
            150.0, 2.5, cdf: 0.9932523389906526, survival: 0.006747661009347444, density: 0.018266878559233302,
            twoSided: 0.013495322018694888),
        .init(
            150.0, 3.0, cdf: 0.9984188616958385, survival: 0.0015811383041614581, density: 0.004893205098252568,
            twoSided: 0.0031622766083229162),
        .init(
            150.0, 5.0, cdf: 0.9999992094092047, survival: 7.905907952881094e-07, density: 3.5132061144459874e-06,
            twoSided: 1.5811815905762189e-06),
        .init(
            150.0, 10.0, cdf: 1.0, survival: 1.1702214938271057e-18, density: 7.08933748102186e-18,
            twoSided: 2.3404429876542114e-18),
        .init(
            150.0, 40.0, cdf: 1.0, survival: 3.23834392808302e-82, density: 1.1109733211279403e-81,
            twoSided: 6.47668785616604e-82),
        .init(
            150.0, 1000.0, cdf: 1.0, survival: 5.1776386942283205e-289, density: 7.765300910458674e-290,
            twoSided: 1.0355277388456641e-288),
        .init(
            1000.0, -40.0, cdf: 5.239426077586636e-210, survival: 1.0, density: 8.065677123752183e-209,
            twoSided: 1.0478852155173272e-209),  // pdf from mpmath (scipy off by 3.9e-13)
        .init(
            1000.0, -5.0, cdf: 3.3836281823243174e-07, survival: 0.9999996616371818, density: 1.7120122333122448e-06,
            twoSided: 6.767256364648635e-07),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, -2.2, cdf: 0.014017512663348957, survival: 0.9859824873366511, density: 0.035587347061847976,
            twoSided: 0.028035025326697913),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, -0.7, cdf: 0.24204505699630122, survival: 0.7579549430036988, density: 0.3121181528715046,
            twoSided: 0.48409011399260243),  // pdf from mpmath (scipy off by 3.8e-13)
        // pdf from mpmath (scipy off by 3.8e-13)
        .init(1000.0, 0.0, cdf: 0.5, survival: 0.5, density: 0.39884255731385815, twoSided: 1.0),
        .init(
            1000.0, 0.1, cdf: 0.539817815488198, survival: 0.46018218451180204, density: 0.39685134742990197,
            twoSided: 0.9203643690236041),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, 0.5, cdf: 0.6914074595830626, survival: 0.30859254041693734, density: 0.351938830615914,
            twoSided: 0.6171850808338747),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, 1.0, cdf: 0.8412237909576638, survival: 0.15877620904233627, density: 0.24184978955233824,
            twoSided: 0.31755241808467255),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, 1.5, cdf: 0.9330349805889568, survival: 0.06696501941104313, density: 0.12950334867626564,
            twoSided: 0.13393003882208626),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, 2.0, cdf: 0.9771148267533741, survival: 0.02288517324662583, density: 0.05408517400975593,
            twoSided: 0.04577034649325166),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, 2.5, cdf: 0.9937107160994546, survival: 0.0062892839005454036, density: 0.017640133095133487,
            twoSided: 0.012578567801090807),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, 3.0, cdf: 0.9986166454778809, survival: 0.0013833545221190963, density: 0.004500624610139896,
            twoSided: 0.0027667090442381925),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, 5.0, cdf: 0.9999996616371818, survival: 3.3836281823243174e-07, density: 1.7120122333122448e-06,
            twoSided: 6.767256364648635e-07),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, 10.0, cdf: 1.0, survival: 8.335351479300069e-23, density: 7.651781684387526e-22,
            twoSided: 1.6670702958600137e-22),  // pdf from mpmath (scipy off by 3.8e-13)
        .init(
            1000.0, 40.0, cdf: 1.0, survival: 5.239426077586636e-210, density: 8.065677123752183e-209,
            twoSided: 1.0478852155173272e-209),  // pdf from mpmath (scipy off by 3.9e-13)
        .init(
            4000000.0, -5.0, cdf: 2.866636516803154e-07, survival: 0.9999997133363483, density: 1.4867728515261493e-06,
            twoSided: 5.733273033606308e-07),
        .init(
            4000000.0, -2.2, cdf: 0.013903475999604238, survival: 0.9860965240003957, density: 0.035474621105274405,
            twoSided: 0.027806951999208476),
        .init(
            4000000.0, -0.7, cdf: 0.24196367257812534, survival: 0.7580363274218747, density: 0.3122538994111002,
            twoSided: 0.4839273451562507),
        .init(4000000.0, 0.0, cdf: 0.5, survival: 0.5, density: 0.39894225546754086, twoSided: 1.0),
        .init(
            4000000.0, 0.1, cdf: 0.5398278347712661, survival: 0.46017216522873394, density: 0.39695252217376853,
            twoSided: 0.9203443304574679),
        .init(
            4000000.0, 0.5, cdf: 0.6914624475214617, survival: 0.3085375524785383, density: 0.3520652951334319,
            twoSided: 0.6170751049570766),
        .init(
            4000000.0, 1.0, cdf: 0.8413447158222043, survival: 0.15865528417779573, density: 0.2419706942728059,
            twoSided: 0.31731056835559146),
        .init(
            4000000.0, 1.5, cdf: 0.9331927592687514, survival: 0.06680724073124854, density: 0.12951759212438985,
            twoSided: 0.13361448146249708),
        .init(
            4000000.0, 2.0, cdf: 0.9772498343074627, survival: 0.022750165692537298, density: 0.05399099013421855,
            twoSided: 0.045500331385074595),
        .init(
            4000000.0, 2.5, cdf: 0.9937903148179338, survival: 0.006209685182066161, density: 0.01752832849775586,
            twoSided: 0.012419370364132322),
        .init(
            4000000.0, 3.0, cdf: 0.9986500936586405, survival: 0.001349906341359475, density: 0.004431865585355829,
            twoSided: 0.00269981268271895),
        .init(
            4000000.0, 5.0, cdf: 0.9999997133363483, survival: 2.866636516803154e-07, density: 1.4867728515261493e-06,
            twoSided: 5.733273033606308e-07),
        .init(
            4000000.0, 10.0, cdf: 1.0, survival: 7.624711707355487e-24, density: 7.699312451794633e-23,
            twoSided: 1.5249423414710974e-23),
        .init(
            .infinity, -5.0, cdf: 2.866515718791946e-07, survival: 0.9999997133484281, density: 1.4867195147342979e-06,
            twoSided: 5.733031437583892e-07),
        .init(
            .infinity, -2.2, cdf: 0.01390344751349861, survival: 0.9860965524865014, density: 0.035474592846231424,
            twoSided: 0.02780689502699722),
        .init(
            .infinity, -0.7, cdf: 0.24196365222307303, survival: 0.758036347776927, density: 0.31225393336676127,
            twoSided: 0.48392730444614607),
        .init(.infinity, 0.0, cdf: 0.5, survival: 0.5, density: 0.3989422804014327, twoSided: 1.0),
        .init(
            .infinity, 0.1, cdf: 0.539827837277029, survival: 0.460172162722971, density: 0.3969525474770118,
            twoSided: 0.920344325445942),
        .init(
            .infinity, 0.5, cdf: 0.6914624612740131, survival: 0.3085375387259869, density: 0.35206532676429947,
            twoSided: 0.6170750774519738),
        .init(
            .infinity, 1.0, cdf: 0.8413447460685429, survival: 0.15865525393145707, density: 0.24197072451914337,
            twoSided: 0.31731050786291415),
        .init(
            .infinity, 1.5, cdf: 0.9331927987311419, survival: 0.06680720126885809, density: 0.12951759566589174,
            twoSided: 0.13361440253771617),
        .init(
            .infinity, 2.0, cdf: 0.9772498680518208, survival: 0.02275013194817922, density: 0.05399096651318806,
            twoSided: 0.04550026389635844),
        .init(
            .infinity, 2.5, cdf: 0.9937903346742238, survival: 0.006209665325776138, density: 0.017528300493568537,
            twoSided: 0.012419330651552277),
        .init(
            .infinity, 3.0, cdf: 0.9986501019683699, survival: 0.0013498980316300954, density: 0.0044318484119380075,
            twoSided: 0.002699796063260191),
        .init(
            .infinity, 5.0, cdf: 0.9999997133484281, survival: 2.866515718791946e-07, density: 1.4867195147342979e-06,
            twoSided: 5.733031437583892e-07),
        .init(
            .infinity, 10.0, cdf: 1.0, survival: 7.619853024160595e-24, density: 7.69459862670642e-23,
            twoSided: 1.523970604832119e-23),
    ]

    static let quantileTable: [StudentTQuantiles] = [
        .init(0.5, 1e-12, quantile: -1.0284911563163399e+23, inverseSurvival: 1.0284911563163399e+23),
        .init(0.5, 1e-06, quantile: -102849115631.63399, inverseSurvival: 102849115631.63399),
        .init(0.5, 0.001, quantile: -102849.11563017554, inverseSurvival: 102849.11563017554),
        .init(0.5, 0.025, quantile: -164.55767348048846, inverseSurvival: 164.55767348048846),
        .init(0.5, 0.1, quantile: -10.270324410234506, inverseSurvival: 10.270324410234506),
        .init(0.5, 0.3, quantile: -1.0095258786071655, inverseSurvival: 1.0095258786071655),
        .init(0.5, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(0.5, 0.6, quantile: 0.3979754267847907, inverseSurvival: -0.3979754267847907),
        .init(0.5, 0.9, quantile: 10.27032441023451, inverseSurvival: -10.27032441023451),
        .init(0.5, 0.975, quantile: 164.55767348048818, inverseSurvival: -164.55767348048818),
        .init(0.5, 0.999, quantile: 102849.11563017538, inverseSurvival: -102849.11563017538),
        .init(1.0, 1e-12, quantile: -318309886183.7907, inverseSurvival: 318309886183.7907),
        .init(1.0, 1e-06, quantile: -318309.8861827435, inverseSurvival: 318309.8861827435),
        .init(1.0, 0.001, quantile: -318.30883898555044, inverseSurvival: 318.30883898555044),
        .init(1.0, 0.025, quantile: -12.706204736174705, inverseSurvival: 12.706204736174705),
        .init(1.0, 0.1, quantile: -3.0776835371752536, inverseSurvival: 3.0776835371752536),
        .init(1.0, 0.3, quantile: -0.7265425280053609, inverseSurvival: 0.7265425280053609),
        .init(1.0, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(1.0, 0.6, quantile: 0.32491969623290634, inverseSurvival: -0.32491969623290634),
        .init(1.0, 0.9, quantile: 3.0776835371752544, inverseSurvival: -3.0776835371752544),
        .init(1.0, 0.975, quantile: 12.706204736174694, inverseSurvival: -12.706204736174694),
        .init(1.0, 0.999, quantile: 318.30883898555015, inverseSurvival: -318.30883898555015),
        .init(2.0, 1e-12, quantile: -707106.7811854869, inverseSurvival: 707106.7811854869),
        .init(2.0, 1e-06, quantile: -707.1057205259339, inverseSurvival: 707.1057205259339),
        .init(2.0, 0.001, quantile: -22.327124770119873, inverseSurvival: 22.327124770119873),
        .init(2.0, 0.025, quantile: -4.302652729749464, inverseSurvival: 4.302652729749464),
        .init(2.0, 0.1, quantile: -1.8856180831641267, inverseSurvival: 1.8856180831641267),
        .init(2.0, 0.3, quantile: -0.6172133998483678, inverseSurvival: 0.6172133998483678),
        .init(2.0, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(2.0, 0.6, quantile: 0.2886751345948128, inverseSurvival: -0.2886751345948128),
        .init(2.0, 0.9, quantile: 1.8856180831641272, inverseSurvival: -1.8856180831641272),
        .init(2.0, 0.975, quantile: 4.302652729749462, inverseSurvival: -4.302652729749462),
        .init(2.0, 0.999, quantile: 22.327124770119866, inverseSurvival: -22.327124770119866),
        .init(2.5, 1e-12, quantile: -55306.17407651582, inverseSurvival: 55306.17407651582),
        .init(2.5, 1e-06, quantile: -220.17342917823686, inverseSurvival: 220.17342917823686),
        .init(2.5, 0.001, quantile: -13.822193110865964, inverseSurvival: 13.822193110865964),
        .init(2.5, 0.025, quantile: -3.5746548420036834, inverseSurvival: 3.5746548420036834),
        .init(2.5, 0.1, quantile: -1.7302509288071761, inverseSurvival: 1.7302509288071761),
        .init(2.5, 0.3, quantile: -0.597307738252318, inverseSurvival: 0.597307738252318),
        .init(2.5, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(2.5, 0.6, quantile: 0.2814595127485477, inverseSurvival: -0.2814595127485477),
        .init(2.5, 0.9, quantile: 1.7302509288071766, inverseSurvival: -1.7302509288071766),
        .init(2.5, 0.975, quantile: 3.5746548420036817, inverseSurvival: -3.5746548420036817),
        .init(2.5, 0.999, quantile: 13.82219311086596, inverseSurvival: -13.82219311086596),
        .init(5.0, 1e-12, quantile: -393.95695957760375, inverseSurvival: 393.95695957760375),
        .init(5.0, 1e-06, quantile: -24.771029720515948, inverseSurvival: 24.771029720515948),
        .init(5.0, 0.001, quantile: -5.893429531356009, inverseSurvival: 5.893429531356009),
        .init(5.0, 0.025, quantile: -2.5705818356363155, inverseSurvival: 2.5705818356363155),
        .init(5.0, 0.1, quantile: -1.4758840488244813, inverseSurvival: 1.4758840488244813),
        .init(5.0, 0.3, quantile: -0.5594296444693604, inverseSurvival: 0.5594296444693604),
        .init(5.0, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(5.0, 0.6, quantile: 0.2671808657041451, inverseSurvival: -0.2671808657041451),
        .init(5.0, 0.9, quantile: 1.4758840488244815, inverseSurvival: -1.4758840488244815),
        .init(5.0, 0.975, quantile: 2.5705818356363146, inverseSurvival: -2.5705818356363146),
        .init(5.0, 0.999, quantile: 5.893429531356009, inverseSurvival: -5.893429531356009),
        .init(30.0, 1e-12, quantile: -11.397217523311413, inverseSurvival: 11.397217523311413),
        .init(30.0, 1e-06, quantile: -5.871117120418882, inverseSurvival: 5.871117120418882),
        .init(30.0, 0.001, quantile: -3.385184866829305, inverseSurvival: 3.385184866829305),
        .init(30.0, 0.025, quantile: -2.042272456301238, inverseSurvival: 2.042272456301238),
        .init(30.0, 0.1, quantile: -1.3104150253913955, inverseSurvival: 1.3104150253913955),
        .init(30.0, 0.3, quantile: -0.5300190039065046, inverseSurvival: 0.5300190039065046),
        .init(30.0, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(30.0, 0.6, quantile: 0.2556053649519128, inverseSurvival: -0.2556053649519128),
        .init(30.0, 0.9, quantile: 1.3104150253913955, inverseSurvival: -1.3104150253913955),
        .init(30.0, 0.975, quantile: 2.0422724563012378, inverseSurvival: -2.0422724563012378),
        .init(30.0, 0.999, quantile: 3.3851848668293045, inverseSurvival: -3.3851848668293045),
        .init(150.0, 1e-12, quantile: -7.671144795192028, inverseSurvival: 7.671144795192028),
        .init(150.0, 1e-06, quantile: -4.946939810266533, inverseSurvival: 4.946939810266533),
        .init(150.0, 0.001, quantile: -3.1454525319823565, inverseSurvival: 3.1454525319823565),
        .init(150.0, 0.025, quantile: -1.9759053308966206, inverseSurvival: 1.9759053308966206),
        .init(150.0, 0.1, quantile: -1.2872209136149462, inverseSurvival: 1.2872209136149462),
        .init(150.0, 0.3, quantile: -0.5255167449652492, inverseSurvival: 0.5255167449652492),
        .init(150.0, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(150.0, 0.6, quantile: 0.2537969220403385, inverseSurvival: -0.2537969220403385),
        .init(150.0, 0.9, quantile: 1.2872209136149464, inverseSurvival: -1.2872209136149464),
        .init(150.0, 0.975, quantile: 1.9759053308966201, inverseSurvival: -1.9759053308966201),
        .init(150.0, 0.999, quantile: 3.145452531982356, inverseSurvival: -3.145452531982356),
        .init(1000.0, 1e-12, quantile: -7.124228925314409, inverseSurvival: 7.124228925314409),
        .init(1000.0, 1e-06, quantile: -4.781608620458351, inverseSurvival: 4.781608620458351),
        .init(1000.0, 0.001, quantile: -3.0984021639129233, inverseSurvival: 3.0984021639129233),
        .init(1000.0, 0.025, quantile: -1.9623390808264085, inverseSurvival: 1.9623390808264085),
        .init(1000.0, 0.1, quantile: -1.2823987214609245, inverseSurvival: 1.2823987214609245),
        .init(1000.0, 0.3, quantile: -0.524567707309227, inverseSurvival: 0.524567707309227),
        .init(1000.0, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(1000.0, 0.6, quantile: 0.25341451583949876, inverseSurvival: -0.25341451583949876),
        .init(1000.0, 0.9, quantile: 1.2823987214609247, inverseSurvival: -1.2823987214609247),
        .init(1000.0, 0.975, quantile: 1.9623390808264083, inverseSurvival: -1.9623390808264083),
        .init(1000.0, 0.999, quantile: 3.0984021639129233, inverseSurvival: -3.0984021639129233),
        .init(4000000.0, 1e-12, quantile: -7.034506020899529, inverseSurvival: 7.034506020899529),
        .init(4000000.0, 1e-06, quantile: -4.75343131866001, inverseSurvival: 4.75343131866001),
        .init(4000000.0, 0.001, quantile: -3.090234343701298, inverseSurvival: 3.090234343701298),
        .init(4000000.0, 0.025, quantile: -1.9599645776080383, inverseSurvival: 1.9599645776080383),
        .init(4000000.0, 0.1, quantile: -1.281551777190828, inverseSurvival: 1.281551777190828),
        .init(4000000.0, 0.3, quantile: -0.524400554496075, inverseSurvival: 0.524400554496075),
        .init(4000000.0, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(4000000.0, 0.6, quantile: 0.2533471199863082, inverseSurvival: -0.2533471199863082),
        .init(4000000.0, 0.9, quantile: 1.2815517771908282, inverseSurvival: -1.2815517771908282),
        .init(4000000.0, 0.975, quantile: 1.959964577608038, inverseSurvival: -1.959964577608038),
        .init(4000000.0, 0.999, quantile: 3.090234343701298, inverseSurvival: -3.090234343701298),
        .init(.infinity, 1e-12, quantile: -7.034483825301133, inverseSurvival: 7.034483825301133),
        .init(.infinity, 1e-06, quantile: -4.753424308822899, inverseSurvival: 4.753424308822899),
        .init(.infinity, 0.001, quantile: -3.090232306167813, inverseSurvival: 3.090232306167813),
        .init(.infinity, 0.025, quantile: -1.9599639845400547, inverseSurvival: 1.9599639845400547),
        .init(.infinity, 0.1, quantile: -1.2815515655446006, inverseSurvival: 1.2815515655446006),
        .init(.infinity, 0.3, quantile: -0.5244005127080409, inverseSurvival: 0.5244005127080409),
        .init(.infinity, 0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(.infinity, 0.6, quantile: 0.2533471031357998, inverseSurvival: -0.2533471031357998),
        .init(.infinity, 0.9, quantile: 1.2815515655446006, inverseSurvival: -1.2815515655446006),
        .init(.infinity, 0.975, quantile: 1.9599639845400538, inverseSurvival: -1.9599639845400538),
        .init(.infinity, 0.999, quantile: 3.090232306167813, inverseSurvival: -3.090232306167813),
    ]
}
