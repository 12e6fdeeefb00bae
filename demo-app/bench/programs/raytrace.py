# Raytrace: a small recursive ray tracer (spheres and a checkered plane, Lambert and Phong shading, reflections) rendering an 80x60 image.
import math
from _runner import main

EPSILON = 1e-5


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal * (2 * self.dot(normal))

    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __sub__(self, other):
        if isinstance(other, Point):
            return Vector(self.x - other.x, self.y - other.y, self.z - other.z)
        return Point(self.x - other.x, self.y - other.y, self.z - other.z)

    def __add__(self, vector):
        return Point(self.x + vector.x, self.y + vector.y, self.z + vector.z)

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.z})"


class Colour:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Colour(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, other):
        if isinstance(other, Colour):
            return Colour(self.r * other.r, self.g * other.g, self.b * other.b)
        return Colour(self.r * other, self.g * other, self.b * other)

    __rmul__ = __mul__

    def quantised(self):
        return tuple(max(0, min(255, int(c * 255 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Colour(0.0, 0.0, 0.0)
WHITE = Colour(1.0, 1.0, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.direction.dot(self.normal)
        if v >= 0:
            return None
        t = (self.point - ray.origin).dot(self.normal) / v
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Surface:
    def __init__(self, colour, ambient=0.1, lambert=0.6, specular=0.3, shininess=16, reflectivity=0.0):
        self.colour = colour
        self.ambient = ambient
        self.lambert = lambert
        self.specular = specular
        self.shininess = shininess
        self.reflectivity = reflectivity

    def base_colour(self, point):
        return self.colour

    def shade(self, scene, ray, obj, point, depth):
        normal = obj.normal_at(point)
        base = self.base_colour(point)
        colour = base * self.ambient
        view = -ray.direction
        for light in scene.visible_lights(point, normal):
            to_light = (light.position - point).normalized()
            diffuse = to_light.dot(normal)
            if diffuse > 0:
                colour = colour + base * light.colour * (self.lambert * diffuse)
            half = (to_light + view).normalized()
            highlight = half.dot(normal)
            if highlight > 0:
                colour = colour + light.colour * (self.specular * highlight ** self.shininess)
        if self.reflectivity > 0 and depth < scene.max_depth:
            bounce = Ray(point, ray.direction.reflect_through(normal))
            colour = colour * (1 - self.reflectivity) + scene.trace(bounce, depth + 1) * self.reflectivity
        return colour


class CheckerSurface(Surface):
    def __init__(self, colour, other_colour, check_size=1.0, **options):
        super().__init__(colour, **options)
        self.other_colour = other_colour
        self.check_size = check_size

    def base_colour(self, point):
        cx = math.floor(point.x / self.check_size)
        cz = math.floor(point.z / self.check_size)
        return self.colour if (cx + cz) % 2 == 0 else self.other_colour


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self, max_depth=3):
        self.objects = []
        self.lights = []
        self.max_depth = max_depth
        self.background = Colour(0.05, 0.08, 0.15)

    def add(self, obj, surface):
        self.objects.append((obj, surface))

    def nearest_hit(self, ray):
        best = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and (best is None or t < best[0]):
                best = (t, obj, surface)
        return best

    def visible_lights(self, point, normal):
        lift = point + normal * EPSILON
        for light in self.lights:
            to_light = light.position - lift
            distance = to_light.magnitude()
            hit = self.nearest_hit(Ray(lift, to_light))
            if hit is None or hit[0] > distance:
                yield light

    def trace(self, ray, depth=0):
        hit = self.nearest_hit(ray)
        if hit is None:
            return self.background
        t, obj, surface = hit
        return surface.shade(self, ray, obj, ray.point_at(t), depth)


class Camera:
    def __init__(self, eye, look_at, up, fov_degrees, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (look_at - eye).normalized()
        self.right = forward.cross(up).normalized()
        self.up = self.right.cross(forward)
        self.forward = forward
        self.half_width = math.tan(math.radians(fov_degrees) / 2)
        self.half_height = self.half_width * height / width

    def rays(self):
        for row in range(self.height):
            y = (1 - 2 * (row + 0.5) / self.height) * self.half_height
            for col in range(self.width):
                x = (2 * (col + 0.5) / self.width - 1) * self.half_width
                yield Ray(self.eye, self.forward + self.right * x + self.up * y)


def build_scene():
    scene = Scene()
    scene.add(Halfspace(Point(0, 0, 0), Vector(0, 1, 0)),
              CheckerSurface(Colour(0.9, 0.9, 0.9), Colour(0.1, 0.1, 0.1), reflectivity=0.2))
    scene.add(Sphere(Point(0, 1, 0), 1.0),
              Surface(Colour(0.8, 0.2, 0.2), reflectivity=0.3, shininess=32))
    scene.add(Sphere(Point(-2.2, 0.7, 1.0), 0.7),
              Surface(Colour(0.2, 0.7, 0.3), reflectivity=0.1))
    scene.add(Sphere(Point(1.8, 0.5, 1.4), 0.5),
              Surface(Colour(0.9, 0.9, 1.0), reflectivity=0.7, shininess=64))
    scene.add(Sphere(Point(1.0, 2.4, -2.0), 0.8),
              Surface(Colour(0.3, 0.4, 0.9), reflectivity=0.4))
    scene.lights.append(Light(Point(-4, 7, 6), Colour(1.0, 0.95, 0.9)))
    scene.lights.append(Light(Point(5, 4, 3), Colour(0.3, 0.3, 0.4)))
    return scene


def render(width, height):
    scene = build_scene()
    camera = Camera(Point(0, 2.2, 7), Point(0, 0.9, 0), Vector(0, 1, 0), 50, width, height)
    return [scene.trace(ray).quantised() for ray in camera.rays()]


def bench():
    pixels = render(80, 60)
    total = 0
    weighted = 0
    for i, (r, g, b) in enumerate(pixels):
        total += r + g + b
        weighted = (weighted * 31 + r * 65536 + g * 256 + b) % 1_000_000_007
    return f"{len(pixels)} {total} {weighted}"


main(bench)
