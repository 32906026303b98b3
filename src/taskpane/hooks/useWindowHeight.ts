import { useEffect, useState } from "react";

/** The window's inner height, kept up to date as the pane is resized (the chart fills the pane's height). */
export function useWindowHeight(): number {
  const [height, setHeight] = useState(() => (typeof window === "undefined" ? 800 : window.innerHeight));
  useEffect(() => {
    const update = () => setHeight(window.innerHeight);
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);
  return height;
}
