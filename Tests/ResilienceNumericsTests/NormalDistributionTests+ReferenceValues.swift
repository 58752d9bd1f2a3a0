// Reference values: scipy 1.17.1 (scipy.stats.norm), each cross-checked against 50-digit mpmath
// (largest disagreement 5.7e-14, at cdf(−30)), produced by Scripts/reference_values.py normal:
//
//     from scipy import stats
//     for x in [-37.5, -30, -20, -10, -5, -3, -1.96, -1, -0.5, 0, 0.3, 1, 1.6448536269514722,
//               2.5, 5, 8.2, 10, 20, 30, 37.5]:
//         print(x, stats.norm.cdf(x), stats.norm.sf(x), stats.norm.pdf(x))
//     for x in [-7, -1, 3, 4.5, 9, 25]:
//         print(x, stats.norm.cdf(x, 3, 2), stats.norm.sf(x, 3, 2), stats.norm.pdf(x, 3, 2))
//     for p in [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9,
//               0.975, 0.999, 0.9999999]:
//         print(p, stats.norm.ppf(p), stats.norm.isf(p))
extension NormalDistributionTests {
    static let standardTable: [NormalValues] = [
        .init(-37.5, cdf: 4.605353009581954e-308, survival: 1.0, density: 1.7282337322841054e-306),
        .init(-30.0, cdf: 4.906713927147908e-198, survival: 1.0, density: 1.4736461348785476e-196),
        .init(-20.0, cdf: 2.7536241186061556e-89, survival: 1.0, density: 5.520948362159764e-88),
        .init(-10.0, cdf: 7.61985302416047e-24, survival: 1.0, density: 7.69459862670642e-23),
        .init(-5.0, cdf: 2.866515718791933e-07, survival: 0.9999997133484281, density: 1.4867195147342979e-06),
        .init(-3.0, cdf: 0.0013498980316300933, survival: 0.9986501019683699, density: 0.0044318484119380075),
        .init(-1.96, cdf: 0.024997895148220435, survival: 0.9750021048517795, density: 0.058440944333451476),
        .init(-1.0, cdf: 0.15865525393145707, survival: 0.8413447460685429, density: 0.24197072451914337),
        .init(-0.5, cdf: 0.3085375387259869, survival: 0.6914624612740131, density: 0.35206532676429947),
        .init(0.0, cdf: 0.5, survival: 0.5, density: 0.3989422804014327),
        .init(0.3, cdf: 0.6179114221889526, survival: 0.3820885778110474, density: 0.3813878154605241),
        .init(1.0, cdf: 0.8413447460685429, survival: 0.15865525393145707, density: 0.24197072451914337),
        .init(1.6448536269514722, cdf: 0.95, survival: 0.050000000000000044, density: 0.10313564037537139),
        .init(2.5, cdf: 0.9937903346742238, survival: 0.006209665325776132, density: 0.017528300493568537),
        .init(5.0, cdf: 0.9999997133484281, survival: 2.866515718791933e-07, density: 1.4867195147342979e-06),
        .init(8.2, cdf: 0.9999999999999999, survival: 1.2019351542735735e-16, density: 9.99837874849718e-16),
        .init(10.0, cdf: 1.0, survival: 7.61985302416047e-24, density: 7.69459862670642e-23),
        .init(20.0, cdf: 1.0, survival: 2.7536241186061556e-89, density: 5.520948362159764e-88),
        .init(30.0, cdf: 1.0, survival: 4.906713927147908e-198, density: 1.4736461348785476e-196),
        .init(37.5, cdf: 1.0, survival: 4.605353009581954e-308, density: 1.7282337322841054e-306),
    ]

    static let shiftedTable: [NormalValues] = [
        .init(-7.0, cdf: 2.866515718791933e-07, survival: 0.9999997133484281, density: 7.433597573671489e-07),
        .init(-1.0, cdf: 0.022750131948179195, survival: 0.9772498680518208, density: 0.02699548325659403),
        .init(3.0, cdf: 0.5, survival: 0.5, density: 0.19947114020071635),
        .init(4.5, cdf: 0.7733726476231317, survival: 0.2266273523768682, density: 0.15056871607740221),
        .init(9.0, cdf: 0.9986501019683699, survival: 0.0013498980316300933, density: 0.0022159242059690038),
        .init(25.0, cdf: 1.0, survival: 1.910659574498663e-28, density: 1.0594096267546769e-27),
    ]

    static let quantileTable: [NormalQuantiles] = [
        .init(1e-300, quantile: -37.0470962993612, inverseSurvival: 37.0470962993612),
        .init(1e-100, quantile: -21.273453560965322, inverseSurvival: 21.273453560965322),
        .init(1e-20, quantile: -9.262340089798409, inverseSurvival: 9.262340089798409),
        .init(1e-10, quantile: -6.361340902404056, inverseSurvival: 6.361340902404056),
        .init(1e-05, quantile: -4.264890793922825, inverseSurvival: 4.264890793922825),
        .init(0.001, quantile: -3.090232306167813, inverseSurvival: 3.090232306167813),
        .init(0.025, quantile: -1.9599639845400545, inverseSurvival: 1.9599639845400545),
        .init(0.05, quantile: -1.6448536269514729, inverseSurvival: 1.6448536269514729),
        .init(0.1, quantile: -1.2815515655446004, inverseSurvival: 1.2815515655446004),
        .init(0.3, quantile: -0.5244005127080409, inverseSurvival: 0.5244005127080409),
        .init(0.5, quantile: 0.0, inverseSurvival: 0.0),
        .init(0.7, quantile: 0.5244005127080407, inverseSurvival: -0.5244005127080407),
        .init(0.9, quantile: 1.2815515655446004, inverseSurvival: -1.2815515655446004),
        .init(0.975, quantile: 1.959963984540054, inverseSurvival: -1.959963984540054),
        .init(0.999, quantile: 3.090232306167813, inverseSurvival: -3.090232306167813),
        .init(0.9999999, quantile: 5.199337582290661, inverseSurvival: -5.199337582290661),
    ]
}
