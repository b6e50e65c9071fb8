"""Hands-on exhibits a lesson page can hold (``::: password-tester``): widgets shown below its words."""
