package be.wallonia.clusterkg.cli;
public class ClusterKg { public static void main(String[] a) {} }
