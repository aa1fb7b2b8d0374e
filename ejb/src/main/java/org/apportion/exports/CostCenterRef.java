package org.apportion.exports;

/** A cost center as allocated charges name it: AllocatedResourceId, AllocatedResourceName and its parent. */
record CostCenterRef(String code, String name, String parentCode) {
}
