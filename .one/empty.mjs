import module from "node:module";
module.enableCompileCache?.();
console.log(1);
