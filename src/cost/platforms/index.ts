// The platforms tollgate prices, by name: adding one is a module here and its name in PlatformName.
import type { PlatformName } from "../report.js";
import { eks } from "./eks.js";
import { k3s } from "./k3s.js";
import type { PlatformEstimator } from "./platform.js";

export const PLATFORMS: Readonly<Record<PlatformName, PlatformEstimator>> = { eks, k3s };
