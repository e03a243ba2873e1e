import { createRequire as __tollgateRequire } from "node:module"; const require = __tollgateRequire(import.meta.url); const __tollgateBuiltin = require;

// src/cost/prices/snapshot.ts
var EMBEDDED_SNAPSHOT_DATE = "2026-11-22";
var KARPENTER_PRICES = "https://github.com/aws/karpenter-provider-aws/blob/main/pkg/providers/pricing/zz_generated.pricing_aws.go (generated from the AWS Price List API at 2026-01-19T13:23:24Z)";
var KARPENTER_AS_OF = "2026-01-19";
var US_EAST_1_ROWS = [
  ["m5.large", 2, 8, "x86_64", 0.096],
  ["m5.xlarge", 4, 16, "x86_64", 0.192],
  ["m5.2xlarge", 8, 32, "x86_64", 0.384],
  ["m5.4xlarge", 16, 64, "x86_64", 0.768],
  ["m6i.large", 2, 8, "x86_64", 0.096],
  ["m6i.xlarge", 4, 16, "x86_64", 0.192],
  ["m6i.2xlarge", 8, 32, "x86_64", 0.384],
  ["m6i.4xlarge", 16, 64, "x86_64", 0.768],
  ["m7i.large", 2, 8, "x86_64", 0.1008],
  ["m7i.xlarge", 4, 16, "x86_64", 0.2016],
  ["m7i.2xlarge", 8, 32, "x86_64", 0.4032],
  ["m7i.4xlarge", 16, 64, "x86_64", 0.8064],
  ["c6i.large", 2, 4, "x86_64", 0.085],
  ["c6i.xlarge", 4, 8, "x86_64", 0.17],
  ["c6i.2xlarge", 8, 16, "x86_64", 0.34],
  ["c6i.4xlarge", 16, 32, "x86_64", 0.68],
  ["c7i.large", 2, 4, "x86_64", 0.08925],
  ["c7i.xlarge", 4, 8, "x86_64", 0.1785],
  ["c7i.2xlarge", 8, 16, "x86_64", 0.357],
  ["c7i.4xlarge", 16, 32, "x86_64", 0.714],
  ["r6i.large", 2, 16, "x86_64", 0.126],
  ["r6i.xlarge", 4, 32, "x86_64", 0.252],
  ["r6i.2xlarge", 8, 64, "x86_64", 0.504],
  ["r6i.4xlarge", 16, 128, "x86_64", 1.008],
  ["r7i.large", 2, 16, "x86_64", 0.1323],
  ["r7i.xlarge", 4, 32, "x86_64", 0.2646],
  ["r7i.2xlarge", 8, 64, "x86_64", 0.5292],
  ["r7i.4xlarge", 16, 128, "x86_64", 1.0584],
  ["t3.medium", 2, 4, "x86_64", 0.0416],
  ["t3.large", 2, 8, "x86_64", 0.0832],
  ["t3.xlarge", 4, 16, "x86_64", 0.1664],
  ["t3.2xlarge", 8, 32, "x86_64", 0.3328],
  ["m7g.large", 2, 8, "arm64", 0.0816],
  ["m7g.xlarge", 4, 16, "arm64", 0.1632],
  ["m7g.2xlarge", 8, 32, "arm64", 0.3264],
  ["m7g.4xlarge", 16, 64, "arm64", 0.6528],
  ["c7g.large", 2, 4, "arm64", 0.0725],
  ["c7g.xlarge", 4, 8, "arm64", 0.145],
  ["c7g.2xlarge", 8, 16, "arm64", 0.29],
  ["c7g.4xlarge", 16, 32, "arm64", 0.58],
  ["r7g.large", 2, 16, "arm64", 0.1071],
  ["r7g.xlarge", 4, 32, "arm64", 0.2142],
  ["r7g.2xlarge", 8, 64, "arm64", 0.4284],
  ["r7g.4xlarge", 16, 128, "arm64", 0.8568],
  // Added 2026-12-03 from the same generated table (issue 20): burstable AMD and Graviton, m6a, m6g, c6g.
  ["t3a.medium", 2, 4, "x86_64", 0.0376],
  ["t3a.large", 2, 8, "x86_64", 0.0752],
  ["t3a.xlarge", 4, 16, "x86_64", 0.1504],
  ["t3a.2xlarge", 8, 32, "x86_64", 0.3008],
  ["t4g.medium", 2, 4, "arm64", 0.0336],
  ["t4g.large", 2, 8, "arm64", 0.0672],
  ["t4g.xlarge", 4, 16, "arm64", 0.1344],
  ["t4g.2xlarge", 8, 32, "arm64", 0.2688],
  ["m6a.large", 2, 8, "x86_64", 0.0864],
  ["m6a.xlarge", 4, 16, "x86_64", 0.1728],
  ["m6a.2xlarge", 8, 32, "x86_64", 0.3456],
  ["m6a.4xlarge", 16, 64, "x86_64", 0.6912],
  ["m6g.large", 2, 8, "arm64", 0.077],
  ["m6g.xlarge", 4, 16, "arm64", 0.154],
  ["m6g.2xlarge", 8, 32, "arm64", 0.308],
  ["m6g.4xlarge", 16, 64, "arm64", 0.616],
  ["c6g.large", 2, 4, "arm64", 0.068],
  ["c6g.xlarge", 4, 8, "arm64", 0.136],
  ["c6g.2xlarge", 8, 16, "arm64", 0.272],
  ["c6g.4xlarge", 16, 32, "arm64", 0.544],
  // GPU types: one NVIDIA GPU each (A10G on g5, L4 on g6); FACTS.md's g5.xlarge $1.006, g5.2xlarge $1.212
  // and g6.xlarge $0.805 (rounded from 0.8048) agree with the table.
  ["g5.xlarge", 4, 16, "x86_64", 1.006, 1, "NVIDIA A10G"],
  ["g5.2xlarge", 8, 32, "x86_64", 1.212, 1, "NVIDIA A10G"],
  ["g5.4xlarge", 16, 64, "x86_64", 1.624, 1, "NVIDIA A10G"],
  ["g6.xlarge", 4, 16, "x86_64", 0.8048, 1, "NVIDIA L4"],
  ["g6.2xlarge", 8, 32, "x86_64", 0.9776, 1, "NVIDIA L4"],
  ["g6.4xlarge", 16, 64, "x86_64", 1.3232, 1, "NVIDIA L4"]
];
function ec2Table(rows, source, asOf) {
  const out = {};
  for (const [instanceType, vcpu, memoryGiB, arch, hourlyUsd, gpus, gpuModel] of rows) {
    out[instanceType] = {
      instanceType,
      vcpu,
      memoryGiB,
      arch,
      hourlyUsd,
      ...gpus === void 0 ? {} : { gpus, gpuModel },
      source,
      asOf
    };
  }
  return out;
}
var FACTS_AS_OF = "2026-11";
var usd = (value, unit, source, asOf = FACTS_AS_OF) => ({ value, currency: "USD", unit, source, asOf });
var eur = (value, unit, source, asOf = FACTS_AS_OF) => ({ value, currency: "EUR", unit, source, asOf });
var HETZNER_CLOUD = "https://www.hetzner.com/cloud";
var AGENTDEALS = "https://github.com/robhunter/agentdeals/pull/1286 (read from Hetzner's website price API 2026-09-03; shown price incl. \u20AC0.50 IPv4, minus \u20AC0.50)";
function hetzner(name, vcpu, memoryGiB, arch, existingFrom20260401, newOrdersFrom20260615, source, asOf) {
  const priceHistory = [
    ...existingFrom20260401 === void 0 ? [] : [{ effectiveFrom: "2026-04-01", appliesTo: "existing servers", monthlyEur: existingFrom20260401 }],
    { effectiveFrom: "2026-06-15", appliesTo: "new orders", monthlyEur: newOrdersFrom20260615 }
  ];
  return { name, vcpu, memoryGiB, arch, monthlyEur: newOrdersFrom20260615, priceHistory, source, asOf };
}
var EMBEDDED_SNAPSHOT = {
  schemaVersion: 1,
  snapshotDate: EMBEDDED_SNAPSHOT_DATE,
  hoursPerMonth: 730,
  aws: {
    eks: {
      controlPlaneStandard: usd(0.1, "cluster-hour", "https://aws.amazon.com/eks/pricing/"),
      controlPlaneExtended: usd(0.6, "cluster-hour", "https://aws.amazon.com/eks/pricing/ (extended-support Kubernetes versions)")
    },
    publicIpv4: usd(5e-3, "address-hour", "https://aws.amazon.com/vpc/pricing/ (public IPv4 addresses)"),
    regions: {
      "us-east-1": {
        ec2: ec2Table(US_EAST_1_ROWS, KARPENTER_PRICES, KARPENTER_AS_OF),
        gp3: usd(0.08, "GB-month", "https://aws.amazon.com/ebs/pricing/"),
        io2: usd(0.125, "GB-month (plus provisioned IOPS, not modelled)", "https://aws.amazon.com/ebs/pricing/", "2026-12"),
        st1: usd(0.045, "GB-month", "https://aws.amazon.com/ebs/pricing/", "2026-12"),
        sc1: usd(0.015, "GB-month", "https://aws.amazon.com/ebs/pricing/", "2026-12"),
        efs: usd(0.3, "GB-month (EFS Standard storage)", "https://aws.amazon.com/efs/pricing/", "2026-12"),
        alb: usd(0.0225, "hour (plus LCUs, not modelled)", "https://aws.amazon.com/elasticloadbalancing/pricing/"),
        nlb: usd(0.0225, "hour (plus NLCUs, not modelled)", "https://aws.amazon.com/elasticloadbalancing/pricing/"),
        natGatewayHourly: usd(0.045, "hour", "https://aws.amazon.com/vpc/pricing/ (NAT gateway)"),
        natGatewayPerGb: usd(0.045, "GB processed", "https://aws.amazon.com/vpc/pricing/ (NAT gateway)")
      }
    }
  },
  gke: {
    clusterFee: usd(0.1, "cluster-hour", "https://cloud.google.com/kubernetes-engine/pricing"),
    monthlyCredit: usd(
      74.4,
      "month per billing account (one zonal or Autopilot cluster free)",
      "https://cloud.google.com/kubernetes-engine/pricing"
    )
  },
  hetzner: {
    servers: {
      CX23: hetzner("CX23", 2, 4, "x86_64", 3.99, 5.49, HETZNER_CLOUD, FACTS_AS_OF),
      CX33: hetzner("CX33", 4, 8, "x86_64", 6.49, 8.49, HETZNER_CLOUD, FACTS_AS_OF),
      CX43: hetzner("CX43", 8, 16, "x86_64", 11.99, 15.99, HETZNER_CLOUD, FACTS_AS_OF),
      CX53: hetzner(
        "CX53",
        16,
        32,
        "x86_64",
        void 0,
        29.49,
        `${AGENTDEALS}; \u20AC29.49 also in https://github.com/CanineHQ/canine/issues/652 (2026-07-26)`,
        "2026-09-03"
      ),
      CAX11: hetzner("CAX11", 2, 4, "arm64", 4.49, 5.99, HETZNER_CLOUD, FACTS_AS_OF),
      CAX21: hetzner("CAX21", 4, 8, "arm64", 7.99, 10.49, HETZNER_CLOUD, FACTS_AS_OF),
      CAX31: hetzner("CAX31", 8, 16, "arm64", void 0, 20.99, AGENTDEALS, "2026-09-03"),
      CAX41: hetzner("CAX41", 16, 32, "arm64", void 0, 40.99, AGENTDEALS, "2026-09-03")
    },
    volume: eur(
      0.0572,
      "GB-month",
      "Hetzner Cloud API GET /v1/pricing (fsn1), as quoted in https://github.com/devantler-tech/platform/commit/cb791c6f",
      "2026-05-27"
    ),
    primaryIpv4: eur(0.5, "month", HETZNER_CLOUD),
    loadBalancers: {}
  },
  exchangeRates: {
    EURUSD: {
      from: "EUR",
      to: "USD",
      rate: 1.1637,
      source: "ECB euro foreign exchange reference rate, as quoted in https://github.com/devantler-tech/platform/commit/cb791c6f",
      asOf: "2026-05-27"
    }
  },
  notes: [
    "All prices are list prices excluding taxes; monthly = hourly \xD7 730.",
    "Hetzner servers default to the price for new orders from 2026-06-15; servers ordered before keep the 2026-04-01 price (priceHistory).",
    "Hetzner's plan pages marked every CX/CAX plan as not available in EU locations when read on 2026-09-03 (robhunter/agentdeals#1181); check availability before relying on a CX/CAX price.",
    "Left out (not verified from a primary or generated source): EC2, gp3, ALB/NLB and NAT prices for us-west-2, eu-central-1, eu-west-1 and ap-south-1 \u2014 run `tollgate prices refresh --region <r>` to fetch EC2 and EKS prices for those regions from the AWS Price List API.",
    "Left out (not verified): EBS gp2 and io1 prices; volumes of those classes are reported as unpriced, not guessed.",
    "Left out: the 2026-04-01 prices of CX53, CAX31 and CAX41 (only their new-order prices were verifiable).",
    "Left out: Hetzner CPX servers (current CPX12/CPX22/... prices were not verifiable net of IPv4) and the LB11 load balancer price.",
    "ALB/NLB capacity units, NAT data processing volumes and data transfer are not modelled unless configured."
  ]
};

export {
  EMBEDDED_SNAPSHOT
};
